namespace Nalytiq.Bench.Engines;

/// <summary>DuckDB's own reader for a file, by extension: the peer each of our readers is measured against.</summary>
internal static class DuckDbReaders
{
    public static string For(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".parquet" => "read_parquet",
        ".json" or ".ndjson" or ".jsonl" => "read_json_auto",
        _ => "read_csv_auto",
    };
}
