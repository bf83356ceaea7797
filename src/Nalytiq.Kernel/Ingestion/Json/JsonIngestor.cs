using System.Text.Json;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Json;

/// <summary>Reads a JSON array of objects, or newline-delimited JSON (one object a line), into a typed frame.</summary>
internal static class JsonIngestor
{
    private static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static LoadResult Load(string path, UploadOptions options, DataFormat format, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var content = File.ReadAllBytes(path);
        progress?.Report(new IngestProgress(IngestStage.Fingerprinting, content.Length, content.Length, 0));
        var fingerprint = Fingerprint.Of(content);
        progress?.Report(new IngestProgress(IngestStage.Reading, content.Length, content.Length, 0));
        var warnings = new List<LocalizedText>();
        var utf8 = TextBytes.ToUtf8(content, path, options, warnings, out var encoding);
        if (utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new IngestException(new LocalizedText("Upload_EmptyFile", path), path);
        }

        var collector = new JsonRowCollector();
        if (format == DataFormat.NdJson)
        {
            ReadLines(utf8, path, collector, cancellationToken);
        }
        else if (!TryReadDocument(utf8, collector, cancellationToken, out var error))
        {
            // A .json file holding one object a line is common (log exports): read it as such, and say so.
            if (error.LineNumber is not > 0 || !StartsWithObjectLine(utf8))
            {
                throw Invalid(error, path, line: (error.LineNumber ?? 0) + 1);
            }

            collector = new JsonRowCollector();
            ReadLines(utf8, path, collector, cancellationToken);
            warnings.Add(new LocalizedText("Json_ReadAsLines"));
        }

        if (collector.Rows.Count == 0 || collector.Names.Count == 0)
        {
            throw new IngestException(new LocalizedText("Json_NoRecords", path), path);
        }

        var (frame, schema) = TableAssembler.Build(collector.Names, collector.Rows, options.InferenceSampleRows, warnings, cancellationToken);
        progress?.Report(new IngestProgress(IngestStage.Completed, content.Length, content.Length, collector.Rows.Count));
        var dialect = new SourceDialect(format, TextEncodings.DisplayName(encoding), Delimiter: null, HasHeader: true, Sheet: null);
        return new LoadResult(frame, dialect, fingerprint, content.Length, schema, warnings);
    }

    private static bool TryReadDocument(byte[] utf8, JsonRowCollector collector, CancellationToken cancellationToken, out JsonException error)
    {
        error = null!;
        try
        {
            using var document = JsonDocument.Parse(utf8, DocumentOptions);
            var root = document.RootElement;

            // A wrapper such as {"data": [...]} is common in API exports: read the array it wraps.
            if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1
                && root.EnumerateObject().First().Value.ValueKind == JsonValueKind.Array)
            {
                root = root.EnumerateObject().First().Value;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                collector.Add(root);
                return true;
            }

            foreach (var record in root.EnumerateArray())
            {
                if (collector.Rows.Count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                collector.Add(record);
            }

            return true;
        }
        catch (JsonException e)
        {
            error = e;
            return false;
        }
    }

    private static bool StartsWithObjectLine(byte[] utf8)
    {
        var span = utf8.AsSpan().TrimStart(" \t\r\n"u8);
        var end = span.IndexOf((byte)'\n');
        try
        {
            using var document = JsonDocument.Parse(end < 0 ? span.ToArray() : span[..end].ToArray(), DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IngestException Invalid(JsonException e, string path, long line)
    {
        var position = (e.BytePositionInLine ?? 0) + 1;
        return new IngestException(new LocalizedText("Json_Invalid", line, position), path, line, (int)position, e);
    }

    private static void ReadLines(byte[] utf8, string path, JsonRowCollector collector, CancellationToken cancellationToken)
    {
        var remaining = utf8.AsMemory();
        long line = 0;
        while (!remaining.IsEmpty)
        {
            line++;
            var end = remaining.Span.IndexOf((byte)'\n');
            var current = end < 0 ? remaining : remaining[..end];
            remaining = end < 0 ? Memory<byte>.Empty : remaining[(end + 1)..];
            if (current.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (line % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            try
            {
                using var document = JsonDocument.Parse(current, DocumentOptions);
                collector.Add(document.RootElement);
            }
            catch (JsonException e)
            {
                throw Invalid(e, path, line);
            }
        }
    }
}
