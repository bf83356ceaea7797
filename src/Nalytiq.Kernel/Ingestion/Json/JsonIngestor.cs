using System.Text.Json;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Json;

/// <summary>Reads a JSON array of objects, or newline-delimited JSON (one object a line), into a typed frame.</summary>
internal static partial class JsonIngestor
{
    public static LoadResult Load(string path, UploadOptions options, DataFormat format, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var content = TextBytes.ReadFile(path, cancellationToken);
        progress?.Report(new IngestProgress(IngestStage.Fingerprinting, content.Length, content.Length, 0));
        var fingerprint = Fingerprint.Of(content);
        progress?.Report(new IngestProgress(IngestStage.Reading, content.Length, content.Length, 0));
        var warnings = new List<LocalizedText>();
        var utf8 = TextBytes.ToUtf8(content, path, options, warnings, out var encoding);
        if (utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new IngestException(new LocalizedText("Upload_EmptyFile", path), path);
        }

        var invalidUtf8 = new JsonRepairLog(path, options.Strict) { Text = utf8 };
        utf8 = Utf8Repair.Replace(utf8, invalidUtf8);
        var records = format == DataFormat.NdJson
            ? ReadLines(utf8, path, options, cancellationToken)
            : ReadJson(utf8, path, options, warnings, cancellationToken);
        if (records.Rows == 0 || records.Columns.Count == 0)
        {
            throw new IngestException(new LocalizedText("Json_NoRecords", path), path);
        }

        invalidUtf8.AddWarnings(warnings);
        records.Repairs.AddWarnings(warnings);
        var (frame, schema) = JsonFrameBuilder.Build(records, options.InferenceSampleRows, warnings, cancellationToken);
        progress?.Report(new IngestProgress(IngestStage.Completed, content.Length, content.Length, records.Rows));
        var dialect = new SourceDialect(format, TextEncodings.DisplayName(encoding), Delimiter: null, HasHeader: true, Sheet: null);
        return new LoadResult(frame, dialect, fingerprint, content.Length, schema, warnings);
    }

    private static JsonRecordReader ReadJson(byte[] utf8, string path, UploadOptions options, List<LocalizedText> warnings, CancellationToken cancellationToken)
    {
        try
        {
            return ReadDocument(utf8, path, options, cancellationToken);
        }
        catch (JsonException e)
        {
            // A .json file holding one object a line is common (log exports): read it as such, and say so.
            if (e.LineNumber is not > 0 || !StartsWithObjectLine(utf8))
            {
                throw Invalid(e, path, line: (e.LineNumber ?? 0) + 1);
            }

            var records = ReadLines(utf8, path, options, cancellationToken);
            warnings.Add(new LocalizedText("Json_ReadAsLines"));
            return records;
        }
    }

    private static IngestException Invalid(JsonException e, string path, long line)
    {
        var position = (e.BytePositionInLine ?? 0) + 1;
        return new IngestException(new LocalizedText("Json_Invalid", line, position), path, line, (int)position, e);
    }
}
