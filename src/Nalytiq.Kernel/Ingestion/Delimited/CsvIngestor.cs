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
        Encoding? encodingOverride = null;
        var lenient = false;
        while (true)
        {
            try
            {
                return await LoadAsync(path, options, format, encodingOverride, lenient, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (DecoderFallbackException) when (options.Encoding is null && encodingOverride is null)
            {
                // The head was valid UTF-8 but a later byte is not: the file is most likely Windows-1252 throughout.
                encodingOverride = TextEncodings.Windows1252;
            }
            catch (IngestException e) when (!lenient && !options.Strict && e.Text.Key is "Csv_UnbalancedQuote" or "Csv_MalformedField")
            {
                // A stray quote: read again, this time repairing quotes (slower, and rare).
                lenient = true;
            }
        }
    }

    private static async Task<LoadResult> LoadAsync(
        string path, UploadOptions options, DataFormat format, Encoding? encodingOverride, bool lenient, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
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
        var layout = CsvSniffer.Sniff(file.SafeFileHandle, length, path, options, format, encodingOverride, lenient, warnings, cancellationToken);
        var builders = layout.Kinds.Select((kind, i) => ColumnBuilder.Create(kind, layout.DateStyles[i], layout.EstimatedRows, layout.DecimalCommas[i])).ToArray();
        var ragged = new RaggedRows(layout.Names.Length, options.Strict, path);

        using var hashing = new HashingReadStream(file);
        SkipPreamble(hashing, layout.PreambleLength);
        long rows;
        using (var text = CsvRecordReader.OpenText(hashing, layout.Encoding))
        using (var records = new CsvRecordReader(text, layout.Dialect, layout.HasHeader, path))
        {
            rows = await ReadAllAsync(records, layout, builders, ragged, hashing, length, progress, cancellationToken).ConfigureAwait(false);
            if (records.Comments is { Count: > 0 } comments)
            {
                warnings.Add(new LocalizedText("Csv_CommentRows", comments.Count, layout.Dialect.Comment.ToString()!, comments.ToString()));
            }

            if (records.LiteralQuotes is { Count: > 0 } literal)
            {
                warnings.Add(new LocalizedText("Csv_QuotesReadLiterally", literal.Count, literal.ToString()));
            }
        }

        var fingerprint = hashing.Finish();
        if (builders.Any(b => b.NeedsTextPass))
        {
            ReadTextColumns(path, layout, builders, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        warnings.AddRange(ragged.Warnings());
        var (names, sourceNames, allBuilders) = ExtraColumns.Append(ragged, rows, layout.Names, layout.SourceNames, builders, layout.Delimiter != ',');
        var frame = BuildFrame(names, sourceNames, allBuilders, warnings, rows);
        var dialect = new SourceDialect(format, TextEncodings.DisplayName(layout.Encoding), layout.Delimiter, layout.HasHeader, Sheet: null);
        progress?.Report(new IngestProgress(IngestStage.Completed, length, length, rows));
        return new LoadResult(frame.Frame, dialect, fingerprint, length, frame.Schema, warnings);
    }

    private static (DataFrame Frame, IReadOnlyList<ColumnSchema> Schema) BuildFrame(string[] names, string?[] sourceNames, ColumnBuilder[] builders, List<LocalizedText> warnings, long rows)
    {
        var schema = builders.Select((b, i) => new ColumnSchema(names[i], b.Kind, b.MissingCount, sourceNames[i])).ToList();

        // Each column is built from its own buffers: two cores build two at a time.
        var columns = new DataFrameColumn[builders.Length];
        Parallel.For(0, builders.Length, i =>
        {
            columns[i] = builders[i].Build(names[i]);
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
