using Nalytiq.Localization;

namespace Nalytiq.Ingestion;

/// <summary>Chooses the reader from the file extension unless the options name the format.</summary>
internal static class FormatDetector
{
    public static DataFormat Detect(string path, DataFormat requested)
    {
        if (requested != DataFormat.Auto)
        {
            return requested;
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" => DataFormat.Csv,
            ".TSV" or ".TAB" => DataFormat.Tsv,
            ".JSON" => DataFormat.Json,
            ".NDJSON" or ".JSONL" => DataFormat.NdJson,
            ".XLSX" => DataFormat.Xlsx,
            ".PARQUET" => DataFormat.Parquet,
            _ => throw new IngestException(new LocalizedText("Upload_UnsupportedFormat", path), path),
        };
    }
}
