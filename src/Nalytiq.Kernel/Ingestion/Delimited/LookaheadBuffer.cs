using System.Text;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// The input of a reader that looks ahead as far as a record needs: characters are read on demand and stay where they
/// are (indexes remain valid) until the reader releases those before a record's start.
/// </summary>
internal sealed class LookaheadBuffer(TextReader source) : IDisposable
{
    private char[] _chars = new char[1 << 16];
    private int _length;
    private bool _eof;

    /// <summary>A character already read (an index below one <see cref="At"/> has returned a character for).</summary>
    public char this[int i] => _chars[i];

    /// <summary>The character at <paramref name="i"/> (reading more when needed), or -1 at the end of the input.</summary>
    public int At(int i)
    {
        while (i >= _length)
        {
            if (_eof)
            {
                return -1;
            }

            if (_length == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }

            var read = source.Read(_chars, _length, _chars.Length - _length);
            if (read == 0)
            {
                _eof = true;
                return -1;
            }

            _length += read;
        }

        return _chars[i];
    }

    /// <summary>
    /// Lets go of the characters before <paramref name="start"/> and returns where <paramref name="start"/> is now. The
    /// buffer is compacted only once half of it is behind, so most records are read where they are.
    /// </summary>
    public int Release(int start)
    {
        if (start <= _chars.Length / 2)
        {
            return start;
        }

        Array.Copy(_chars, start, _chars, 0, _length - start);
        _length -= start;
        return 0;
    }

    /// <summary>Appends <paramref name="count"/> characters already read, from <paramref name="start"/>.</summary>
    public void CopyTo(StringBuilder output, int start, int count) => output.Append(_chars, start, count);

    /// <summary>Where the text from <paramref name="p"/> ends: at <paramref name="stop"/>, a line break, or the end of the input.</summary>
    public int End(int p, char stop)
    {
        while (At(p) is var c and >= 0 && c != stop && c != '\r' && c != '\n')
        {
            p++;
        }

        return p;
    }

    public void Dispose() => source.Dispose();
}
