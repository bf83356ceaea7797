using System.Globalization;
using Nalytiq.Bench.Engines;
using Nalytiq.Bench.Measurement;

namespace Nalytiq.Bench.Reporting;

/// <summary>Turns measurements into the issue's targets and the cross-engine correctness checks.</summary>
internal static class Verdicts
{
    public const double MaxOursToDuckDb = 1.0;
    public const double MinLoadCsvToOurs = 8.0;
    public const double MaxRetainedToFile = 1.2;

    public static Dictionary<string, double> Ratios(IReadOnlyList<EngineResult> results, long fileBytes)
    {
        var ratios = new Dictionary<string, double>(StringComparer.Ordinal);
        var ours = Find(results, "nalytiq");
        var duck = Find(results, "duckdb");
        var loadCsv = Find(results, "loadcsv");
        if (ours is not null && duck is not null)
        {
            ratios["oursToDuckDb"] = ours.MedianSeconds / duck.MedianSeconds;

            // The fastest runs are the ones least disturbed by other processes: on a shared machine their ratio is the
            // better guess of the ratio on an idle one, especially for DuckDB, which needs both cores free.
            ratios["oursToDuckDbFastest"] = ours.MinSeconds / duck.MinSeconds;
        }

        if (ours is not null && loadCsv is not null)
        {
            ratios["loadCsvToOurs"] = loadCsv.MedianSeconds / ours.MedianSeconds;
        }

        if (ours is not null)
        {
            ratios["oursRetainedToFile"] = (double)ours.MedianRetainedBytes / fileBytes;
        }

        if (loadCsv is not null)
        {
            ratios["loadCsvRetainedToFile"] = (double)loadCsv.MedianRetainedBytes / fileBytes;
        }

        return ratios;
    }

    public static List<TargetResult> Targets(IReadOnlyDictionary<string, double> ratios)
    {
        var targets = new List<TargetResult>();
        if (ratios.TryGetValue("oursToDuckDb", out var toDuck))
        {
            targets.Add(new("ours vs DuckDB (median time ratio)", $"<= {MaxOursToDuckDb:F1}x", toDuck, toDuck <= MaxOursToDuckDb));
        }

        if (ratios.TryGetValue("loadCsvToOurs", out var speedup))
        {
            targets.Add(new("speed-up over DataFrame.LoadCsv", $">= {MinLoadCsvToOurs:F0}x", speedup, speedup >= MinLoadCsvToOurs));
        }

        if (ratios.TryGetValue("oursRetainedToFile", out var retained))
        {
            targets.Add(new("managed memory retained / file size", $"<= {MaxRetainedToFile:F1}x", retained, retained <= MaxRetainedToFile));
        }

        return targets;
    }

    /// <summary>Compares each engine's rows, missing counts, sums and date ranges with DuckDB's, column by column.</summary>
    public static List<CheckResult> Checks(IReadOnlyList<EngineResult> results)
    {
        var checks = new List<CheckResult>();
        var reference = Find(results, "duckdb")?.Summary;
        if (reference is null)
        {
            return checks;
        }

        foreach (var result in results.Where(r => r.Engine != "duckdb" && r.Summary is not null))
        {
            var summary = result.Summary!;
            checks.Add(Check(result.Engine, "*", "rows", reference.Rows, summary.Rows));
            foreach (var expected in reference.Columns)
            {
                var actual = summary.Columns.FirstOrDefault(c => c.Name == expected.Name);
                if (actual is null)
                {
                    checks.Add(new(result.Engine, expected.Name, "present", "yes", "no", false));
                    continue;
                }

                checks.Add(Check(result.Engine, expected.Name, "missing", expected.Missing, actual.Missing));
                if (expected.Sum is { } sum)
                {
                    checks.Add(new(result.Engine, expected.Name, "sum", Text(sum), Text(actual.Sum), actual.Sum is { } s && Close(sum, s)));
                }

                if (expected.Min is not null)
                {
                    checks.Add(new(result.Engine, expected.Name, "min", expected.Min, actual.Min, expected.Min == actual.Min));
                    checks.Add(new(result.Engine, expected.Name, "max", expected.Max, actual.Max, expected.Max == actual.Max));
                }
            }
        }

        return checks;
    }

    private static CheckResult Check(string engine, string column, string what, long expected, long actual) =>
        new(engine, column, what, Text(expected), Text(actual), expected == actual);

    // Integer sums here are exact in a double; the tolerance only absorbs summation order for real-valued columns.
    private static bool Close(double expected, double actual) =>
        expected == actual || Math.Abs(expected - actual) <= 1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual));

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static EngineResult? Find(IReadOnlyList<EngineResult> results, string engine) => results.FirstOrDefault(r => r.Engine == engine);
}
