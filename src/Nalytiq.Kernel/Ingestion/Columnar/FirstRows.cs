using System.Globalization;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>Counts the cells a repair touched and remembers the first few 1-based rows, for the warning.</summary>
internal sealed class FirstRows
{
    private const int RowsShown = 5;
    private readonly List<long> _rows = [];

    public long Count { get; private set; }

    public void Add(long row)
    {
        Count++;
        if (_rows.Count < RowsShown)
        {
            _rows.Add(row);
        }
    }

    public long First => _rows[0];

    public override string ToString() =>
        string.Join(", ", _rows.Select(r => r.ToString(CultureInfo.InvariantCulture))) + (Count > _rows.Count ? ", …" : string.Empty);
}
