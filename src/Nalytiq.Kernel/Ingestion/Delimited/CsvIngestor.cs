using System.Text;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Reads delimited text in one streaming pass: the bytes are hashed as they are parsed, each field is parsed from
/// Sylvan's span straight into a typed buffer, and the frame columns are built from those buffers at the end.
/// </summary>
internal static partial class CsvIngestor
{
    public static async Task<LoadResult> LoadAsync(string path, UploadOptions options, DataFormat format, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await LoadAsync(path, options, format, encodingOverride: null, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException) when (options.Encoding is null)
        {
            // The head was valid UTF-8 but a later byte is not: the file is most likely Windows-1252 throughout.
            return await LoadAsync(path, options, format, TextEncodings.Windows1252, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<LoadResult> LoadAsync(
        string path, UploadOptions options, DataFormat format, Encoding? encodingOverride, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var warnings = new List<LocalizedText>();
        if (encodingOverride is not null)
        {
            warnings.Add(new LocalizedText("Upload_EncodingFallback"));
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var length = file.Length;
        if (length == 0)
        {
            throw new IngestException(new LocalizedText("Upload_EmptyFile", path), path);
        }

        progress?.Report(new IngestProgress(IngestStage.Sniffing, 0, length, 0));
        var layout = CsvSniffer.Sniff(file.SafeFileHandle, length, path, options, format, encodingOverride, warnings, cancellationToken);
        var builders = layout.Kinds.Select((kind, i) => ColumnBuilder.Create(kind, layout.DateStyles[i], layout.EstimatedRows, layout.DecimalCommas[i])).ToArray();
        var ragged = new RaggedRows(layout.Names.Length, options.Strict, path);

        using var hashing = new HashingReadStream(file);
        SkipPreamble(hashing, layout.PreambleLength);
        long rows;
        using (var text = CsvRecordReader.OpenText(hashing, layout.Encoding))
        using (var records = new CsvRecordReader(text, layout.Delimiter, layout.HasHeader, path))
        {
            rows = await ReadAllAsync(records, layout, builders, ragged, hashing, length, progress, cancellationToken).ConfigureAwait(false);
        }

        var fingerprint = hashing.Finish();
        if (builders.Any(b => b.NeedsTextPass))
        {
            ReadTextColumns(path, layout, builders, cancellationToken);
        }

        if (ragged.Warning() is { } raggedWarning)
        {
            warnings.Add(raggedWarning);
        }

        var frame = BuildFrame(layout, builders, warnings, rows);
        var dialect = new SourceDialect(format, TextEncodings.DisplayName(layout.Encoding), layout.Delimiter, layout.HasHeader, Sheet: null);
        progress?.Report(new IngestProgress(IngestStage.Completed, length, length, rows));
        return new LoadResult(frame.Frame, dialect, fingerprint, length, frame.Schema, warnings);
    }

    private static (DataFrame Frame, IReadOnlyList<ColumnSchema> Schema) BuildFrame(CsvLayout layout, ColumnBuilder[] builders, List<LocalizedText> warnings, long rows)
    {
        var schema = builders.Select((b, i) => new ColumnSchema(layout.Names[i], b.Kind, b.MissingCount, layout.SourceNames[i])).ToList();

        // Each column is built from its own buffers: two cores build two at a time.
        var columns = new DataFrameColumn[builders.Length];
        Parallel.For(0, builders.Length, i =>
        {
            columns[i] = builders[i].Build(layout.Names[i]);
            builders[i] = null!;
        });

        FrameWarnings.AddRenamed(schema, warnings);
        if (rows == 0)
        {
            warnings.Add(new LocalizedText("Upload_HeaderOnly"));
        }

        return (new DataFrame(columns), schema);
    }

    private static void SkipPreamble(Stream stream, int preambleLength)
    {
        Span<byte> preamble = stackalloc byte[4];
        stream.ReadExactly(preamble[..preambleLength]);
    }
}
