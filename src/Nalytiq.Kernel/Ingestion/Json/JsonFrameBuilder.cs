using System.Text;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// Turns the columns of cell positions into a typed frame: each column's type is inferred from rows spread through
/// the whole table, then its cells are parsed from the file's bytes into a typed buffer, columns in parallel, with the
/// same widening rules and missing tokens as delimited text.
/// </summary>
internal static class JsonFrameBuilder
{
    /// <summary>Cells converted between two looks at the token: a few milliseconds of work on a slow core.</summary>
    private const int CancellationEveryCells = 1 << 14;

    public static (DataFrame Frame, IReadOnlyList<ColumnSchema> Schema) Build(
        JsonRecordReader records, int sampleRows, List<LocalizedText> warnings, CancellationToken cancellationToken)
    {
        var names = ColumnNames.MakeUnique([.. records.Columns.Select(c => c.Name)], out var sourceNames);
        var columns = new DataFrameColumn[names.Length];
        var schema = new ColumnSchema[names.Length];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, names.Length, parallel, c =>
        {
            var builder = Convert(records.Columns[c], new CellText(records), records.Rows, Math.Max(sampleRows, 1), cancellationToken);
            schema[c] = new ColumnSchema(names[c], builder.Kind, builder.MissingCount, sourceNames[c]);
            columns[c] = builder.Build(names[c]);
        });

        for (var c = 0; c < names.Length; c++)
        {
            var oversized = records.Columns[c].OversizedNumbers;
            if (oversized.Count > 0)
            {
                warnings.Add(new LocalizedText("Json_NumbersAsText", names[c], oversized.Count, records.Repairs.Positions.Format(oversized)));
            }
        }

        FrameWarnings.AddRenamed(schema, warnings);
        return (new DataFrame(columns), schema);
    }

    private static ColumnBuilder Convert(JsonColumn column, CellText text, int rows, int sampleRows, CancellationToken cancellationToken)
    {
        // A number too large for a long or a double keeps its column as text, so no digit is lost.
        var (kind, style, _) = column.OversizedNumbers.Count > 0
            ? (ColumnKind.String, DateStyle.Iso, false)
            : TypeInference.Infer(Sample(column, text, rows, sampleRows));
        var builder = ColumnBuilder.Create(kind, style, rows);
        Fill(column, text, rows, ref builder, cancellationToken);
        if (builder.NeedsTextPass)
        {
            ColumnBuilder strings = new StringColumnBuilder(rows);
            Fill(column, text, rows, ref strings, cancellationToken);
            builder = strings;
        }

        return builder;
    }

    private static void Fill(JsonColumn column, CellText text, int rows, ref ColumnBuilder builder, CancellationToken cancellationToken)
    {
        // A column of millions of cells takes a second or more: the parallel loop alone only looks between columns.
        var next = 0;
        var cells = column.Cells;
        for (var i = 0; i < cells.Length; i++)
        {
            if (i % CancellationEveryCells == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cell = cells[i];
            for (; next < cell.Row; next++)
            {
                builder.AppendMissing();
            }

            ColumnBuilder.Append(ref builder, text.Chars(cell));
            next++;
        }

        for (; next < rows; next++)
        {
            builder.AppendMissing();
        }
    }

    /// <summary>The cells of every n-th row (all rows when few), null where the row has none, as the other readers sample.</summary>
    private static List<string?> Sample(JsonColumn column, CellText text, int rows, int size)
    {
        var step = rows <= size ? 1.0 : (double)rows / size;
        var count = Math.Min(rows, size);
        var sample = new List<string?>(count);
        var cells = column.Cells;
        var cursor = 0;
        for (var i = 0; i < count; i++)
        {
            var row = rows <= size ? i : (int)(i * step);
            while (cursor < cells.Length && cells[cursor].Row < row)
            {
                cursor++;
            }

            sample.Add(cursor < cells.Length && cells[cursor].Row == row ? text.Chars(cells[cursor]).ToString() : null);
        }

        return sample;
    }

    /// <summary>Decodes cells into one reusable character buffer (one per column, so columns convert in parallel).</summary>
    private sealed class CellText(JsonRecordReader records)
    {
        private readonly byte[] _source = records.Repairs.Text;
        private readonly byte[] _unescaped = records.UnescapedText;
        private char[] _chars = new char[256];

        public ReadOnlySpan<char> Chars(JsonCell cell)
        {
            var bytes = (cell.Unescaped ? _unescaped : _source).AsSpan(cell.Start, cell.Length);
            if (_chars.Length < bytes.Length)
            {
                _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
            }

            var length = Encoding.UTF8.GetChars(bytes, _chars);
            return _chars.AsSpan(0, length);
        }
    }
}
