using System.Text;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// The recovery path for quotes: re-writes the text record by record so Sylvan can parse it, reading literally (quotes
/// kept as characters, up to the next delimiter or line end) every field that starts with a quote but is not a
/// well-formed quoted field: text after its closing quote (<c>"Swing it" magistern</c>), or a closing quote that
/// never comes before the end of the file or within <see cref="MaxQuotedLines"/> lines. Well-formed fields pass
/// through unchanged. Slow (one character at a time), and only used after the fast pass met such a quote.
/// </summary>
internal sealed class LiteralQuoteReader(TextReader source, char delimiter, char? comment, long firstLine) : TextReader
{
    /// <summary>A quoted field may span this many lines; one that runs further is an unclosed quote.</summary>
    public const int MaxQuotedLines = 1000;

    private const int MaxQuotedChars = 1 << 24;
    private readonly LookaheadBuffer _in = new(source);
    private readonly StringBuilder _out = new();
    private int _pos;
    private int _outPos;
    private long _line = firstLine;

    /// <summary>The lines holding a field that was read literally.</summary>
    public LineSample Repairs { get; } = new();

    public override int Peek() => Fill() ? _out[_outPos] : -1;

    public override int Read() => Fill() ? _out[_outPos++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _out.Length - _outPos);
        _out.CopyTo(_outPos, buffer, n);
        _outPos += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _in.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        while (_outPos == _out.Length)
        {
            _out.Clear();
            _outPos = 0;
            if (!Record())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The character at <paramref name="i"/> (reading more when needed), or -1 at the end of the input.</summary>
    private int At(int i) => _in.At(i);

    // Moves one record from the input to the output; false at the end of the input.
    private bool Record()
    {
        _pos = _in.Release(_pos);

        if (At(_pos) < 0)
        {
            return false;
        }

        var newlines = 0;
        var p = _pos;
        if (comment is { } c && At(_pos) == c)
        {
            p = LineEnd(_pos);
            _in.CopyTo(_out, _pos, p - _pos);
        }
        else
        {
            while (true)
            {
                p = At(p) == '"' ? Quoted(p, ref newlines) : Plain(p);
                if (At(p) != delimiter)
                {
                    break;
                }

                _out.Append(delimiter);
                p++;
            }
        }

        // The line break that ends the record.
        var end = p;
        if (At(end) == '\r')
        {
            end++;
        }

        if (At(end) == '\n')
        {
            end++;
            newlines++;
        }

        _in.CopyTo(_out, p, end - p);
        _pos = end;
        _line += Math.Max(newlines, 1);
        return true;
    }

    private int Plain(int p)
    {
        var end = FieldEnd(p);
        _in.CopyTo(_out, p, end - p);
        return end;
    }

    private int Quoted(int p, ref int newlines)
    {
        var lines = 0;
        for (var i = p + 1; i - p < MaxQuotedChars; i++)
        {
            var c = At(i);
            if (c < 0 || lines > MaxQuotedLines)
            {
                break;
            }

            if (c == '"')
            {
                if (At(i + 1) == '"')
                {
                    i++;
                    continue;
                }

                var next = At(i + 1);
                if (next < 0 || next == delimiter || next == '\r' || next == '\n')
                {
                    _in.CopyTo(_out, p, i + 1 - p);
                    newlines += lines;
                    return i + 1;
                }

                break;
            }

            if (c == '\n')
            {
                lines++;
            }
        }

        // Not a well-formed quoted field: its text up to the next delimiter or line end, quotes and all.
        Repairs.Add(_line + newlines);
        var end = FieldEnd(p);
        _out.Append('"');
        for (var i = p; i < end; i++)
        {
            _out.Append(_in[i]);
            if (_in[i] == '"')
            {
                _out.Append('"');
            }
        }

        _out.Append('"');
        return end;
    }

    private int FieldEnd(int p) => _in.End(p, delimiter);

    private int LineEnd(int p) => _in.End(p, '\n');
}
