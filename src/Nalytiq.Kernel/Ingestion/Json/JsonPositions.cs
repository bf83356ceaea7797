using System.Globalization;

namespace Nalytiq.Ingestion.Json;

/// <summary>Turns byte offsets into 1-based line and position (bytes from the line start), as JSON errors report them.</summary>
internal sealed class JsonPositions(byte[] text)
{
    private int _lastOffset;
    private long _lastLine = 1;

    public (long Line, int Position) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);

        // Offsets usually come in increasing order: count the line breaks from the previous one only.
        if (offset < _lastOffset)
        {
            (_lastOffset, _lastLine) = (0, 1);
        }

        _lastLine += text.AsSpan(_lastOffset, offset - _lastOffset).Count((byte)'\n');
        _lastOffset = offset;
        var lineStart = text.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1;
        return (_lastLine, offset - lineStart + 1);
    }

    /// <summary>The first places as <c>line:position</c>, with "…" when there were more.</summary>
    public string Format(JsonPlaces places)
    {
        var shown = places.First.Select(o => Locate(o)).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Line}:{p.Position}"));
        return string.Join(", ", shown) + (places.Count > places.First.Count ? ", …" : string.Empty);
    }
}
