using DuckDB.NET.Data;
using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Formats;

/// <summary>
/// The benchmark's Parquet and JSON files, written by DuckDB from the benchmark CSV (so every format holds the same
/// data) when they do not exist yet: <c>sales-3m.parquet</c> (all rows) and <c>sales-200k.json</c> (a JSON array of
/// the first 200,000 rows).
/// </summary>
internal static class FormatFiles
{
    public static string Ensure(string csv, string format, int jsonRows)
    {
        var folder = Path.GetDirectoryName(csv)!;
        var stem = Path.GetFileNameWithoutExtension(csv);
        var (path, copy) = format switch
        {
            "csv" => (csv, null),
            "parquet" => (Path.Combine(folder, stem + ".parquet"), "SELECT * FROM read_csv_auto({0})"),
            "json" => (Path.Combine(folder, $"sales-{jsonRows / 1000}k.json"), "SELECT * FROM read_csv_auto({0}) LIMIT " + jsonRows),
            "ndjson" => (Path.Combine(folder, $"sales-{jsonRows / 1000}k.ndjson"), "SELECT * FROM read_csv_auto({0}) LIMIT " + jsonRows),
            _ => throw new ArgumentException($"Unknown format '{format}': use csv, parquet, json or ndjson.", nameof(format)),
        };

        if (copy is null || File.Exists(path))
        {
            return path;
        }

        var options = format switch
        {
            "parquet" => "FORMAT parquet",
            "json" => "FORMAT json, ARRAY true",
            _ => "FORMAT json",
        };
        var partial = path + ".partial";
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY ({string.Format(System.Globalization.CultureInfo.InvariantCulture, copy, DuckDbTable.Literal(csv))}) TO {DuckDbTable.Literal(partial)} ({options})";
            command.ExecuteNonQuery();
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }
}
