namespace Nalytiq.Ingestion.Json;

/// <summary>The cells met for one dotted path, in row order; rows without a cell are missing values.</summary>
internal sealed class JsonColumn(string name)
{
    private JsonCell[] _cells = new JsonCell[16];

    /// <summary>The dotted path as the file spells it (made unique when the frame is built).</summary>
    public string Name => name;

    public int Count { get; private set; }

    /// <summary>The last row that gave this column a value (or a null): a second one in the same row is a repeated key.</summary>
    public int LastRow { get; set; } = -1;

    /// <summary>The column holding the next occurrence of this path within one object, when a key is repeated.</summary>
    public JsonColumn? Repeat { get; set; }

    /// <summary>Numbers that neither a 64-bit integer nor a double can hold: the column is kept as text.</summary>
    public JsonPlaces OversizedNumbers { get; } = new();

    public ReadOnlySpan<JsonCell> Cells => _cells.AsSpan(0, Count);

    public void Add(JsonCell cell)
    {
        if (Count == _cells.Length)
        {
            Array.Resize(ref _cells, (int)Math.Min(Array.MaxLength, (long)_cells.Length * 2));
        }

        _cells[Count++] = cell;
    }
}
