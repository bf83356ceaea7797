namespace Nalytiq.Bench.Engines;

/// <summary>The engines the bench knows, by the names used on the command line and in reports.</summary>
internal static class EngineCatalog
{
    public static IEngine Find(string name) => name switch
    {
        "nalytiq" => new NalytiqEngine(),
        "loadcsv" => new LoadCsvEngine(),
        "duckdb" => new DuckDbEngine(),
        _ => throw new ArgumentException($"Unknown engine '{name}': use nalytiq, loadcsv or duckdb.", nameof(name)),
    };
}
