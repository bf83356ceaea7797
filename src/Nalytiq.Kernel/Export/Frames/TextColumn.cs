using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Export.Frames;

/// <summary>A text column; null is missing, an empty string is a value.</summary>
internal sealed class TextColumn : ExportColumn
{
    private readonly StringDataFrameColumn? _column;
    private readonly string?[]? _values;

    public TextColumn(StringDataFrameColumn column)
        : base(column.Name, ColumnKind.String, column.Length) => _column = column;

    /// <summary>Text made from another column type, once.</summary>
    public TextColumn(string name, string?[] values)
        : base(name, ColumnKind.String, values.LongLength) => _values = values;

    public string? this[long row] => _column is { } column ? column[row] : _values![row];

    public override bool IsMissing(long row) => this[row] is null;
}
