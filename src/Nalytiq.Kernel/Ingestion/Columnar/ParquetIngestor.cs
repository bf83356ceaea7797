using Microsoft.Data.Analysis;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// Reads an Apache Parquet file through DuckDB in-process: every encoding, compression and type DuckDB reads, copied
/// into typed frame columns without changing a value (<see cref="ParquetProjection"/> says how each type maps).
/// </summary>
internal static class ParquetIngestor
{
    public static async Task<LoadResult> LoadAsync(string path, UploadOptions options, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var size = new FileInfo(path).Length;
        progress?.Report(new IngestProgress(IngestStage.Fingerprinting, 0, size, 0));

        // The hash runs beside DuckDB's read: both only read the file.
        var hashing = Task.Run(() => Fingerprint.OfFileAsync(path, cancellationToken), cancellationToken);
        DataFrame frame;
        List<ColumnSchema> schema;
        var repairs = new ParquetRepairs(path, options.Strict);
        try
        {
            ParquetMagic.Check(path, size);
            using var reader = Open(path);
            frame = Read(reader, size, repairs, progress, cancellationToken, out schema);
        }
        catch (DuckDbFailure e)
        {
            await ((Task)hashing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw new IngestException(new LocalizedText("Parquet_Unreadable", path, e.Message), path, innerException: e);
        }
        catch
        {
            await ((Task)hashing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        var fingerprint = await hashing.ConfigureAwait(false);
        progress?.Report(new IngestProgress(IngestStage.Completed, size, size, frame.Rows.Count));
        var dialect = new SourceDialect(DataFormat.Parquet, Encoding: null, Delimiter: null, HasHeader: true, Sheet: null);
        return new LoadResult(frame, dialect, fingerprint, size, schema, repairs.Warnings);
    }

    private static DuckDbParquetReader Open(string path)
    {
        try
        {
            return new DuckDbParquetReader(path);
        }
        catch (DuckDbFailure e)
        {
            throw new IngestException(new LocalizedText("Parquet_Unreadable", path, e.Message), path, innerException: e);
        }
    }

    private static DataFrame Read(
        DuckDbParquetReader reader,
        long size,
        ParquetRepairs repairs,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken,
        out List<ColumnSchema> schema)
    {
        long declared;
        try
        {
            declared = reader.DeclaredRows();
        }
        catch (DuckDbFailure e)
        {
            // DuckDB could not even read the footer: the file is not (or no longer) Parquet.
            throw new IngestException(new LocalizedText("Parquet_Corrupt", reader.Path), reader.Path, innerException: e);
        }

        var capacity = (int)Math.Clamp(declared, 0, Array.MaxLength / 16);
        var described = reader.Describe();
        var ticks = reader.TimeTickColumns();
        var columns = described.Select((c, i) => ParquetProjection.For(c.Name, i, c.Type, c.Scale, capacity, ticks.Contains(c.Name))).ToList();
        progress?.Report(new IngestProgress(IngestStage.Reading, 0, size, 0));
        reader.Read(columns, rows => progress?.Report(new IngestProgress(IngestStage.Reading, declared == 0 ? size : size * Math.Min(rows, declared) / declared, size, rows)), cancellationToken);

        // Dates beyond what DateTime holds: the column is read again, as DuckDB's own text of each value.
        var again = columns.Where(c => c.Column.NeedsTextPass).Select(c => ParquetProjection.AsText(c.Column, capacity)).ToList();
        foreach (var text in again)
        {
            var original = (TemporalVectorColumn)columns[text.Column.Index].Column;
            repairs.Report("Parquet_DateAsText", original.SourceName, original.Index, original.OutOfRange);
            columns[text.Column.Index] = text;
        }

        reader.Read(again, _ => { }, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var names = ColumnNames.MakeUnique([.. described.Select(c => c.Name)], out var sourceNames);
        var frameColumns = new DataFrameColumn[columns.Count];
        schema = new List<ColumnSchema>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i].Column;
            frameColumns[i] = column.Build(names[i], repairs);
            schema.Add(new ColumnSchema(names[i], column.Kind, column.MissingCount, sourceNames[i]));
        }

        AddShownAsText(columns, repairs);
        FrameWarnings.AddRenamed(schema, repairs.Warnings);
        return new DataFrame(frameColumns);
    }

    private static void AddShownAsText(List<(string Sql, VectorColumn Column)> columns, ParquetRepairs repairs)
    {
        foreach (var (meaning, key) in new[] { (TextMeaning.Binary, "Parquet_BinaryAsHex"), (TextMeaning.Nested, "Parquet_NestedAsJson") })
        {
            var shown = columns.Select(c => c.Column).OfType<TextVectorColumn>().Where(c => c.Meaning == meaning).Select(c => c.SourceName).ToList();
            if (shown.Count > 0)
            {
                repairs.Warnings.Add(new LocalizedText(key, shown.Count, string.Join(", ", shown)));
            }
        }
    }
}
