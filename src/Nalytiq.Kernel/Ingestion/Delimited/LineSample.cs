using System.Globalization;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>Counts the lines a repair touched and keeps the first few, for a warning such as "lines 3, 8, 12, …".</summary>
internal sealed class LineSample
{
    private const int LinesShown = 5;
    private readonly List<long> _first = [];

    public long Count { get; private set; }

    public long? FirstLine => _first.Count > 0 ? _first[0] : null;

    public void Add(long line)
    {
        Count++;
        if (_first.Count < LinesShown)
        {
            _first.Add(line);
        }
    }

    /// <summary>The first lines, comma-separated, with "…" when there were more.</summary>
    public override string ToString() =>
        string.Join(", ", _first.Select(l => l.ToString(CultureInfo.InvariantCulture))) + (Count > _first.Count ? ", …" : string.Empty);
}
