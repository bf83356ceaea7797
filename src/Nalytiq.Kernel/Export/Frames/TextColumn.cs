using System.Globalization;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Export.Frames;

/// <summary>A text column; null is missing, an empty string is a value.</summary>
internal sealed class TextColumn : ExportColumn
{
    private readonly StringDataFrameColumn? _strings;
    private readonly DataFrameColumn? _other;

    public TextColumn(StringDataFrameColumn column)
        : base(column.Name, ColumnKind.String, column.Length) => _strings = column;

    /// <summary>
    /// Any other column (Arrow strings, chars, ...) read as its values' invariant text while writing, rather than
    /// copied whole first: such columns are rare, and a copy would double their memory.
    /// </summary>
    public TextColumn(DataFrameColumn column)
        : base(column.Name, ColumnKind.String, column.Length) => _other = column;

    public string? this[long row] => _strings is { } strings ? strings[row] : _other![row] switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public override bool IsMissing(long row) => this[row] is null;
}
