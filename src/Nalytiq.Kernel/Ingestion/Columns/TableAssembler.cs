using Microsoft.Data.Analysis;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Builds a typed frame from rows of text cells already in memory (JSON, Excel): types are inferred from rows spread
/// through the whole table, then each column is converted with the same widening rules as delimited text.
/// </summary>
internal static class TableAssembler
{
    public static (DataFrame Frame, IReadOnlyList<ColumnSchema> Schema) Build(
        IReadOnlyList<string?> rawNames, IReadOnlyList<string?[]> rows, int sampleRows, List<LocalizedText> warnings, CancellationToken cancellationToken,
        IReadOnlyList<ColumnKind?>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(rawNames);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(warnings);
        var names = ColumnNames.MakeUnique(rawNames, out var sourceNames);
        var sample = Spread(rows, Math.Max(sampleRows, 1));
        var columns = new DataFrameColumn[names.Length];
        var schema = new ColumnSchema[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A reader that knows a column's type from the file (Excel's typed cells) says it; the rest is inferred.
            var (kind, style, _) = kinds?[c] is { } known ? (known, DateStyle.Iso, false) : TypeInference.Infer(sample.Select(r => Cell(r, c)));
            var builder = ColumnBuilder.Create(kind, style, rows.Count);
            foreach (var row in rows)
            {
                if (Cell(row, c) is { } cell)
                {
                    ColumnBuilder.Append(ref builder, cell);
                }
                else
                {
                    builder.AppendMissing();
                }
            }

            if (builder.NeedsTextPass)
            {
                var text = new StringColumnBuilder(rows.Count);
                foreach (var row in rows)
                {
                    text.AppendValue(Cell(row, c));
                }

                builder = text;
            }

            schema[c] = new ColumnSchema(names[c], builder.Kind, builder.MissingCount, sourceNames[c]);
            columns[c] = builder.Build(names[c]);
        }

        FrameWarnings.AddRenamed(schema, warnings);
        if (rows.Count == 0)
        {
            warnings.Add(new LocalizedText("Upload_HeaderOnly"));
        }

        return (new DataFrame(columns), schema);
    }

    /// <summary>Every n-th row so the sample covers the whole table, not its beginning.</summary>
    public static IReadOnlyList<string?[]> Spread(IReadOnlyList<string?[]> rows, int size)
    {
        if (rows.Count <= size)
        {
            return rows;
        }

        var step = (double)rows.Count / size;
        return [.. Enumerable.Range(0, size).Select(i => rows[(int)(i * step)])];
    }

    private static string? Cell(string?[] row, int column) => column < row.Length ? row[column] : null;
}
