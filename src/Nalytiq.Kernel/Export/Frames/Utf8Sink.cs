using System.Runtime.CompilerServices;
using System.Text;

namespace Nalytiq.Export.Frames;

/// <summary>
/// A large byte buffer in front of a stream: values are formatted straight into it as UTF-8 (numbers and dates
/// through <see cref="IUtf8SpanFormattable"/>), so nothing is encoded twice and no string is made per value.
/// </summary>
internal sealed class Utf8Sink(Stream stream, int size = 1 << 20)
{
    private byte[] _buffer = new byte[size];
    private int _used;

    /// <summary>Bytes handed to the stream so far.</summary>
    public long Flushed { get; private set; }

    /// <summary>A span with room for at least <paramref name="size"/> bytes; call <see cref="Advance"/> after filling it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> GetSpan(int size)
    {
        if (_buffer.Length - _used < size)
        {
            Grow(size);
        }

        return _buffer.AsSpan(_used);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int count) => _used += count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(byte value)
    {
        if (_used == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_used++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _used += bytes.Length;
    }

    /// <summary>Writes text as UTF-8 (an unpaired surrogate becomes U+FFFD).</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        var written = Encoding.UTF8.GetBytes(text, GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _used += written;
    }

    /// <summary>Writes a formattable value (number, date) with the given format and provider.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write<T>(T value, ReadOnlySpan<char> format, IFormatProvider? provider)
        where T : IUtf8SpanFormattable
    {
        var span = GetSpan(64);
        if (!value.TryFormat(span, out var written, format, provider))
        {
            span = GetSpan(1024);
            _ = value.TryFormat(span, out written, format, provider);
        }

        _used += written;
    }

    /// <summary>Writes the buffered bytes to the stream.</summary>
    public void Flush()
    {
        if (_used > 0)
        {
            stream.Write(_buffer, 0, _used);
            Flushed += _used;
            _used = 0;
        }
    }

    /// <summary>Writes the buffer out when it is at least half full, so row loops flush in large blocks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FlushIfFull()
    {
        if (_used >= _buffer.Length / 2)
        {
            Flush();
        }
    }

    private void Grow(int size)
    {
        Flush();
        if (_buffer.Length < size)
        {
            _buffer = new byte[Math.Max(size, _buffer.Length * 2)];
        }
    }
}
