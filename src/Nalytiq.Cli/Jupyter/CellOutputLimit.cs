namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// How much of one cell's console output (stdout and stderr together) reaches the client: the first
/// <see cref="Characters"/> characters. The rest is only counted, so a cell that prints without end neither floods the
/// client nor fills the kernel's memory, and the kernel says at the end how much was not shown.
/// </summary>
internal sealed class CellOutputLimit
{
    /// <summary>Characters of console output shown per cell: about 2 MB of text.</summary>
    public const int Characters = 2_000_000;

    private readonly Lock _lock = new();
    private long _shown;
    private long _omitted;

    /// <summary>Characters written after the limit was reached.</summary>
    public long Omitted
    {
        get
        {
            lock (_lock)
            {
                return _omitted;
            }
        }
    }

    /// <summary>How many characters at the start of <paramref name="text"/> may still be shown; the rest count as omitted.</summary>
    public int Take(ReadOnlySpan<char> text)
    {
        lock (_lock)
        {
            var shown = (int)Math.Min(text.Length, Characters - _shown);

            // Never half of a surrogate pair: the client would get a character that is not one.
            if (shown > 0 && shown < text.Length && char.IsHighSurrogate(text[shown - 1]))
            {
                shown--;
            }

            // Once text is cut, the rest of the cell's output is too, even when the cut left a character of room.
            _shown = shown < text.Length ? Characters : _shown + shown;
            _omitted += text.Length - shown;
            return shown;
        }
    }
}
