using System.Text;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// <c>Console.Out</c> or <c>Console.Error</c> while a cell runs: what is written goes through the shared
/// <see cref="ConsoleChunks"/> (the cell's limit, chunks, the order of the two streams) to <see cref="Target"/>, the C#
/// kernel's capture of the running command. Every other write overload of <see cref="TextWriter"/> ends in one of the
/// four overridden here.
/// </summary>
internal sealed class LimitedWriter(ConsoleChunks chunks) : TextWriter
{
    private volatile TextWriter _target = Null;

    /// <summary>Where the text that is shown goes.</summary>
    public TextWriter Target
    {
        get => _target;
        set => _target = value;
    }

    public override Encoding Encoding => _target.Encoding;

    public override IFormatProvider FormatProvider => _target.FormatProvider;

    public override void Write(char value) => Write([value]);

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer) => chunks.Write(_target, buffer);

    public override void Flush() => chunks.Flush();
}
