namespace Nalytiq.Cli.Jupyter.Stdin;

/// <summary>
/// <c>Console.In</c> under <c>nalytiq kernel</c>: each line a cell reads (<c>Console.ReadLine</c>, <c>Console.Read</c>,
/// <c>Console.In</c>) is asked of the Jupyter client with an <c>input_request</c>, and the rest of an answered line is
/// served before asking again. The client has no end of input: <c>ReadToEnd</c> gives the rest of the current line, or
/// one answer. Outside a running cell the input is at its end (reads return null or -1).
/// </summary>
internal sealed class ConsoleInput(InputBroker broker) : TextReader
{
    private string _line = string.Empty;
    private int _position;

    public override int Peek() => Fill() ? _line[_position] : -1;

    public override int Read() => Fill() ? _line[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index + count, buffer.Length);
        if (count == 0 || !Fill())
        {
            return 0;
        }

        var taken = Math.Min(count, _line.Length - _position);
        _line.CopyTo(_position, buffer, index, taken);
        _position += taken;
        return taken;
    }

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var taken = Math.Min(buffer.Length, _line.Length - _position);
        _line.AsSpan(_position, taken).CopyTo(buffer);
        _position += taken;
        return taken;
    }

    public override string? ReadLine()
    {
        if (_position < _line.Length)
        {
            var rest = _line[_position..^1];
            _position = _line.Length;
            return rest;
        }

        return Ask();
    }

    public override string ReadToEnd()
    {
        if (_position < _line.Length)
        {
            var rest = _line[_position..];
            _position = _line.Length;
            return rest;
        }

        return Ask() ?? string.Empty;
    }

    /// <summary>Makes sure an answered line (its newline included) has characters left; false at the end of input.</summary>
    private bool Fill()
    {
        if (_position < _line.Length)
        {
            return true;
        }

        if (Ask() is not { } line)
        {
            return false;
        }

        _line = line + "\n";
        _position = 0;
        return true;
    }

    private string? Ask()
    {
        if (!broker.InCell)
        {
            return null;
        }

        // TextReader is synchronous: the cell's thread waits here for the answer, as it would for a terminal.
        return broker.ReadAsync(string.Empty, password: false, CancellationToken.None).GetAwaiter().GetResult();
    }
}
