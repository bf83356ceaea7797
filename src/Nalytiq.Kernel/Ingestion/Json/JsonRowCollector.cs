using System.Text.Json;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// Turns JSON objects into rows of text cells: nested objects become dotted column names (<c>address.city</c>),
/// arrays are kept as their JSON text, and columns appear in the order keys are first met.
/// </summary>
internal sealed class JsonRowCollector
{
    private const string ValueColumn = "value";
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<(int Column, string? Text)> _cells = [];

    public List<string?> Names { get; } = [];

    public List<string?[]> Rows { get; } = [];

    /// <summary>Adds one record; anything but an object becomes a row with a single <c>value</c> column.</summary>
    public void Add(JsonElement record)
    {
        _cells.Clear();
        if (record.ValueKind == JsonValueKind.Object)
        {
            AddObject(record, string.Empty);
        }
        else
        {
            _cells.Add((Column(ValueColumn), Text(record)));
        }

        var row = new string?[_cells.Count == 0 ? 0 : _cells.Max(c => c.Column) + 1];
        foreach (var (column, text) in _cells)
        {
            row[column] = text;
        }

        Rows.Add(row);
    }

    private void AddObject(JsonElement element, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().Any())
            {
                AddObject(property.Value, name);
            }
            else
            {
                _cells.Add((Column(name), Text(property.Value)));
            }
        }
    }

    private int Column(string name)
    {
        if (!_index.TryGetValue(name, out var column))
        {
            column = Names.Count;
            _index[name] = column;
            Names.Add(name);
        }

        return column;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Object when !value.EnumerateObject().Any() => null,
        _ => value.GetRawText(),
    };
}
