using System.Text.Json;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Json;

/// <summary>The shapes a JSON table comes in: one array of records, a wrapper object around one, one object, or one object a line.</summary>
internal static partial class JsonIngestor
{
    private static JsonRecordReader ReadDocument(byte[] utf8, string path, UploadOptions options, CancellationToken cancellationToken)
    {
        var records = new JsonRecordReader(utf8, new JsonRepairLog(path, options.Strict) { Text = utf8 });
        var reader = new Utf8JsonReader(utf8, JsonRecordReader.Options);
        records.Next(ref reader);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                ReadElements(ref reader, records, cancellationToken);
                break;
            case JsonTokenType.StartObject when !TryReadWrapper(ref reader, records, cancellationToken):
                // Not a {"data": [...]} wrapper: the object itself is the one record.
                records = new JsonRecordReader(utf8, new JsonRepairLog(path, options.Strict) { Text = utf8 });
                reader = new Utf8JsonReader(utf8, JsonRecordReader.Options);
                records.Next(ref reader);
                records.ReadRecord(ref reader);
                break;
            case JsonTokenType.StartObject:
                break;
            default:
                // A lone number, string, boolean or null is valid JSON but no table.
                while (records.Next(ref reader))
                {
                }

                throw new IngestException(new LocalizedText("Json_NotATable", path), path);
        }

        // Only comments may follow the value; anything else makes the reader throw.
        while (records.Next(ref reader))
        {
        }

        return records;
    }

    /// <summary>A wrapper such as {"data": [...]}, common in API exports: reads the array it wraps.</summary>
    private static bool TryReadWrapper(ref Utf8JsonReader reader, JsonRecordReader records, CancellationToken cancellationToken)
    {
        if (!records.Next(ref reader) || reader.TokenType != JsonTokenType.PropertyName || !records.Next(ref reader)
            || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        ReadElements(ref reader, records, cancellationToken);
        return records.Next(ref reader) && reader.TokenType == JsonTokenType.EndObject;
    }

    private static void ReadElements(ref Utf8JsonReader reader, JsonRecordReader records, CancellationToken cancellationToken)
    {
        while (records.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            if (records.Rows % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            records.ReadRecord(ref reader);
        }

        records.CheckTrailingComma(ref reader);
    }

    private static JsonRecordReader ReadLines(byte[] utf8, string path, UploadOptions options, CancellationToken cancellationToken)
    {
        var records = new JsonRecordReader(utf8, new JsonRepairLog(path, options.Strict) { Text = utf8 });
        var start = 0;
        long line = 0;
        while (start < utf8.Length)
        {
            line++;
            var end = utf8.AsSpan(start).IndexOf((byte)'\n');
            var length = end < 0 ? utf8.Length - start : end;
            var current = utf8.AsSpan(start, length);
            records.Base = start;
            start += length + 1;
            if (current.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (line % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            try
            {
                var reader = new Utf8JsonReader(current, JsonRecordReader.Options);
                if (!records.Next(ref reader))
                {
                    // A line holding only a comment has no record.
                    throw new IngestException(new LocalizedText("Json_Invalid", line, 1), path, line, 1);
                }

                records.ReadRecord(ref reader);
                while (records.Next(ref reader))
                {
                }
            }
            catch (JsonException e)
            {
                throw Invalid(e, path, line);
            }
        }

        return records;
    }

    private static bool StartsWithObjectLine(byte[] utf8)
    {
        var span = utf8.AsSpan().TrimStart(" \t\r\n"u8);
        var end = span.IndexOf((byte)'\n');
        var reader = new Utf8JsonReader(end < 0 ? span : span[..end], JsonRecordReader.Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
