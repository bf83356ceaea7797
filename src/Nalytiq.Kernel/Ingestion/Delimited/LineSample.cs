using System.Globalization;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Counts the repairs of one kind and keeps the first few lines they are on (each line once), for a warning such as
/// "lines 3, 8, 12, …".
/// </summary>
internal sealed class LineSample
{
    private const int LinesShown = 5;
    private readonly List<long> _first = [];
    private long _lines;
    private long _lastLine = -1;

    /// <summary>The repairs counted (two on one line count twice).</summary>
    public long Count { get; private set; }

    public void Add(long line)
    {
        Count++;
        if (line == _lastLine)
        {
            return;
        }

        _lastLine = line;
        _lines++;
        if (_first.Count < LinesShown)
        {
            _first.Add(line);
        }
    }

    /// <summary>The first lines, comma-separated, with "…" when there were more.</summary>
    public override string ToString() =>
        string.Join(", ", _first.Select(l => l.ToString(CultureInfo.InvariantCulture))) + (_lines > _first.Count ? ", …" : string.Empty);
}
