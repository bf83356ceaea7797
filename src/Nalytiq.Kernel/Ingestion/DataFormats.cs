namespace Nalytiq.Ingestion;

/// <summary>File extensions and the formats they stand for, the same for reading and writing.</summary>
internal static class DataFormats
{
    /// <summary>The format a file's extension names, or null for an extension we do not know.</summary>
    public static DataFormat? FromExtension(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" or ".TXT" => DataFormat.Csv,
        ".TSV" or ".TAB" => DataFormat.Tsv,
        ".JSON" => DataFormat.Json,
        ".NDJSON" or ".JSONL" => DataFormat.NdJson,
        ".XLSX" => DataFormat.Xlsx,
        ".PARQUET" => DataFormat.Parquet,
        ".HTML" or ".HTM" => DataFormat.Html,
        _ => null,
    };

    /// <summary>The format as the command line spells it.</summary>
    public static string Name(DataFormat format) => format.ToString().ToLowerInvariant();
}
