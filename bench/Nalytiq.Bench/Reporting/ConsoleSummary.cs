namespace Nalytiq.Bench.Reporting;

/// <summary>The human-readable table printed after a comparison (the JSON on stdout is the record).</summary>
internal static class ConsoleSummary
{
    public static async Task WriteAsync(ComparisonReport report, TextWriter writer)
    {
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"{"engine",-8} {"median s",9} {"min s",7} {"cold s",7} {"retained MB",12} {"alloc MB",9} {"gc s",6} {"cpu s",6}").ConfigureAwait(false);
        foreach (var e in report.Engines)
        {
            await writer.WriteLineAsync(
                $"{e.Engine,-8} {e.MedianSeconds,9:F3} {e.MinSeconds,7:F3} {e.ColdSeconds,7:F3} {e.MedianRetainedBytes / 1e6,12:F1} {e.MedianAllocatedBytes / 1e6,9:F1} {e.MedianGcPauseSeconds,6:F3} {e.MedianCpuSeconds,6:F2}")
                .ConfigureAwait(false);
        }

        foreach (var (engine, error) in report.Errors)
        {
            await writer.WriteLineAsync($"{engine}: FAILED {error}").ConfigureAwait(false);
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        foreach (var t in report.Targets)
        {
            await writer.WriteLineAsync($"{(t.Met ? "MET    " : "MISSED ")} {t.Name}: {t.Actual:F2} (target {t.Target})").ConfigureAwait(false);
        }

        if (report.Ratios.TryGetValue("oursToDuckDbFastest", out var fastest))
        {
            await writer.WriteLineAsync($"        ours vs DuckDB, fastest runs: {fastest:F2}").ConfigureAwait(false);
        }

        var failed = report.Checks.Where(c => !c.Match).ToList();
        await writer.WriteLineAsync(
            $"checks against DuckDB: {report.Checks.Count - failed.Count} of {report.Checks.Count} match")
            .ConfigureAwait(false);
        foreach (var c in failed)
        {
            await writer.WriteLineAsync($"  mismatch {c.Engine} {c.Column} {c.What}: duckdb {c.Expected}, {c.Engine} {c.Actual}").ConfigureAwait(false);
        }
    }
}
