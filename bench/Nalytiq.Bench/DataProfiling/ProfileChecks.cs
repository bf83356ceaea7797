using System.Globalization;
using Nalytiq.Analysis;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.DataProfiling;

/// <summary>
/// Compares figures of our profile with DuckDB's <c>SUMMARIZE</c> of the same data: counts, min/max and means must
/// agree within rounding; DuckDB's distinct counts (HyperLogLog) and median (approximate) within a tolerance.
/// </summary>
internal static class ProfileChecks
{
    private const double DistinctTolerance = 0.05;

    public static IReadOnlyList<CheckResult> Compare(
        DataProfile profile,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> summarize,
        IReadOnlyDictionary<string, long> exactDistinct,
        long duckDbDuplicateRows)
    {
        var checks = new List<CheckResult>();
        foreach (var column in profile.Columns)
        {
            if (!summarize.TryGetValue(column.Name, out var row))
            {
                checks.Add(new CheckResult("nalytiq", column.Name, "present in SUMMARIZE", column.Name, null, false));
                continue;
            }

            checks.Add(Exact(column.Name, "count", Number(row, "count"), column.Count));
            // SUMMARIZE's approx_unique is a HyperLogLog estimate (15-20% off on this file), so the reference for
            // ours is DuckDB's exact COUNT(DISTINCT); an estimate of ours may differ by the tolerance.
            var tolerance = column.IsDistinctEstimate ? DistinctTolerance * column.Distinct : 0;
            checks.Add(Close(column.Name, "distinct (DuckDB COUNT(DISTINCT))", exactDistinct.TryGetValue(column.Name, out var exact) ? exact : null, column.Distinct, tolerance));
            if (column.Numeric is { } numeric)
            {
                checks.Add(Exact(column.Name, "min", Number(row, "min"), numeric.Min));
                checks.Add(Exact(column.Name, "max", Number(row, "max"), numeric.Max));
                checks.Add(Close(column.Name, "mean", Number(row, "avg"), numeric.Mean, 1e-9 * Math.Max(1, Math.Abs(numeric.Mean ?? 0))));
                checks.Add(Close(column.Name, "std", Number(row, "std"), numeric.StandardDeviation, 1e-6 * Math.Max(1, numeric.StandardDeviation ?? 0)));

                // DuckDB's q50 is an approximate quantile: agreement within 1% of the range is what can be asked of it.
                var range = (numeric.Max ?? 0) - (numeric.Min ?? 0);
                checks.Add(Close(column.Name, "p50 (DuckDB approx, ±1% of range)", Number(row, "q50"), numeric.P50, 0.01 * range));
            }
        }

        checks.Add(Exact("(all)", "duplicate rows (DuckDB: COUNT - COUNT DISTINCT)", duckDbDuplicateRows, profile.Overview.DuplicateRows));
        return checks;
    }

    private static CheckResult Exact(string column, string what, double? expected, double? actual) =>
        new("nalytiq", column, what, Text(expected), Text(actual), expected is not null && actual is not null && expected == actual);

    private static CheckResult Close(string column, string what, double? expected, double? actual, double tolerance) =>
        new("nalytiq", column, what, Text(expected), Text(actual), expected is { } e && actual is { } a && Math.Abs(e - a) <= tolerance);

    private static double? Number(IReadOnlyDictionary<string, string?> row, string field) =>
        row.TryGetValue(field, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
