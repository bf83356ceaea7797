using System.Text;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// <c>Console.Out</c> or <c>Console.Error</c> while a cell runs: passes text on to the kernel's own capture (its
/// <see cref="Target"/>) as long as the cell's <see cref="CellOutputLimit"/> allows, and drops the rest, which is only
/// counted. Every other write overload of <see cref="TextWriter"/> ends in one of the four overridden here.
/// </summary>
internal sealed class LimitedWriter : TextWriter
{
    private volatile TextWriter _target = Null;
    private volatile CellOutputLimit? _limit;

    /// <summary>Where the text that is shown goes: the kernel's capture of the running command.</summary>
    public TextWriter Target
    {
        get => _target;
        set => _target = value;
    }

    /// <summary>The running cell's limit; null lets everything through.</summary>
    public CellOutputLimit? Limit
    {
        get => _limit;
        set => _limit = value;
    }

    public override Encoding Encoding => _target.Encoding;

    public override IFormatProvider FormatProvider => _target.FormatProvider;

    public override void Write(char value)
    {
        if (Allowed([value]) == 1)
        {
            _target.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        var shown = Allowed(buffer.AsSpan(index, count));
        if (shown > 0)
        {
            _target.Write(buffer, index, shown);
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var shown = Allowed(buffer);
        if (shown > 0)
        {
            _target.Write(buffer[..shown]);
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        var shown = Allowed(value);
        if (shown > 0)
        {
            _target.Write(shown == value.Length ? value : value[..shown]);
        }
    }

    public override void Flush() => _target.Flush();

    private int Allowed(ReadOnlySpan<char> text) => _limit is { } limit ? limit.Take(text) : text.Length;
}
