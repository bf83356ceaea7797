using Microsoft.Data.Analysis;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;
using Parquet;
using Parquet.Schema;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// Reads an Apache Parquet file: its columns are already typed, so each maps straight onto a frame column (nullable
/// columns keep their nulls) without going through text.
/// </summary>
internal static class ParquetIngestor
{
    public static async Task<LoadResult> LoadAsync(string path, UploadOptions options, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        _ = options;
        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (content.Length == 0)
        {
            throw new IngestException(new LocalizedText("Upload_EmptyFile", path), path);
        }

        progress?.Report(new IngestProgress(IngestStage.Fingerprinting, content.Length, content.Length, 0));
        var fingerprint = Fingerprint.Of(content);
        progress?.Report(new IngestProgress(IngestStage.Reading, content.Length, content.Length, 0));
        var warnings = new List<LocalizedText>();
        List<(DataField Field, ParquetColumn Column)> columns;
        try
        {
            columns = await ReadColumnsAsync(content, warnings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (IngestException or OperationCanceledException))
        {
            throw new IngestException(new LocalizedText("Parquet_Corrupt", path), path, innerException: e);
        }

        var names = ColumnNames.MakeUnique([.. columns.Select(c => c.Field.Path.ToString())], out var sourceNames);
        var schema = new List<ColumnSchema>(columns.Count);
        var frameColumns = new List<DataFrameColumn>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var builder = columns[i].Column.Builder;
            schema.Add(new ColumnSchema(names[i], builder.Kind, builder.MissingCount, sourceNames[i]));
            frameColumns.Add(builder.Build(names[i]));
        }

        FrameWarnings.AddRenamed(schema, warnings);
        var frame = new DataFrame(frameColumns);
        progress?.Report(new IngestProgress(IngestStage.Completed, content.Length, content.Length, frame.Rows.Count));
        var dialect = new SourceDialect(DataFormat.Parquet, Encoding: null, Delimiter: null, HasHeader: true, Sheet: null);
        return new LoadResult(frame, dialect, fingerprint, content.Length, schema, warnings);
    }

    private static async Task<List<(DataField Field, ParquetColumn Column)>> ReadColumnsAsync(byte[] content, List<LocalizedText> warnings, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var columns = new List<(DataField Field, ParquetColumn Column)>();
        var skipped = new List<string>();
        foreach (var field in reader.Schema.GetDataFields())
        {
            if (field.MaxRepetitionLevel > 0 || ParquetColumn.For(field) is not { } column)
            {
                skipped.Add(field.Path.ToString());
                continue;
            }

            columns.Add((field, column));
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var group = reader.OpenRowGroupReader(g);
            foreach (var (field, column) in columns)
            {
                await column.ReadAsync(group, field, cancellationToken).ConfigureAwait(false);
            }
        }

        if (skipped.Count > 0)
        {
            warnings.Add(new LocalizedText("Parquet_SkippedColumns", skipped.Count, string.Join(", ", skipped)));
        }

        return columns;
    }
}
