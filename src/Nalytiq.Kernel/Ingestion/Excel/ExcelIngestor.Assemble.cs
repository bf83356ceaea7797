using Microsoft.Data.Analysis;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Excel;

internal static partial class ExcelIngestor
{
    private static (DataFrame Frame, IReadOnlyList<ColumnSchema> Schema, bool HasHeader) Assemble(
        SheetTable table, UploadOptions options, SheetRepairs repairs, CancellationToken cancellationToken)
    {
        var width = table.Rows.Max(r => r.Cells.Length);
        var texts = table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();
        var data = texts.Skip(1).ToList();
        var dataKinds = ColumnTypes(table.Rows.Skip(1).ToList(), width);
        var sample = TableAssembler.Spread(data, options.InferenceSampleRows);
        var kinds = Enumerable.Range(0, width)
            .Select(c => dataKinds[c].Kind ?? TypeInference.Infer(sample.Select(r => c < r.Length ? r[c] : null)).Kind)
            .ToList();
        var hasHeader = options.Header switch
        {
            HeaderMode.Yes => true,
            HeaderMode.No => false,
            _ => HeaderDetector.LooksLikeHeader(texts[0], data, kinds),
        };
        var columnTypes = hasHeader ? dataKinds : ColumnTypes(table.Rows, width);
        var names = hasHeader
            ? Enumerable.Range(0, width).Select(c => c < texts[0].Length ? texts[0][c] : null).ToArray()
            : ColumnNames.Generated(width).Select(n => (string?)n).ToArray();
        var (frame, schema) = TableAssembler.Build(
            names, hasHeader ? data : texts, options.InferenceSampleRows, repairs.Warnings, cancellationToken, [.. columnTypes.Select(t => t.Kind)]);

        // A column holding text beside numbers, dates or yes/no values keeps every cell as written, as text.
        var mixed = Enumerable.Range(0, width)
            .Where(c => columnTypes[c].Mixed && schema[c].Kind == ColumnKind.String)
            .Select(c => new MixedColumn(schema[c].Name, table.FirstColumn + c))
            .ToList();
        repairs.Add(
            mixed,
            "Excel_MixedColumnsAsText",
            m => new LocalizedText("Excel_MixedColumnStrict", m.Name, CellPosition.ColumnName(m.Column)),
            m => new CellPosition(table.Rows[0].Number, m.Column));
        return (frame, schema, hasHeader);
    }

    /// <summary>
    /// The kind each column's stored cell types settle: text stays text even when it looks like a number, and a
    /// column of one typed kind keeps it. Numbers (int, long or double) and mixed columns are left to inference.
    /// </summary>
    private static (ColumnKind? Kind, bool Mixed)[] ColumnTypes(IReadOnlyList<SheetRow> rows, int width)
    {
        var result = new (ColumnKind?, bool)[width];
        for (var c = 0; c < width; c++)
        {
            var types = rows.Select(r => c < r.Cells.Length ? r.Cells[c].Type : CellType.Empty).Where(t => t != CellType.Empty).ToHashSet();
            result[c] = types.Count switch
            {
                0 => (null, false),
                1 => (types.Single() switch
                {
                    CellType.Text => ColumnKind.String,
                    CellType.Boolean => ColumnKind.Boolean,
                    CellType.Date => ColumnKind.DateTime,
                    CellType.Time => ColumnKind.Time,
                    _ => null,
                }, false),
                _ => (null, true),
            };
        }

        return result;
    }

    private readonly record struct MixedColumn(string Name, int Column)
    {
        public override string ToString() => $"'{Name}' ({CellPosition.ColumnName(Column)})";
    }
}
