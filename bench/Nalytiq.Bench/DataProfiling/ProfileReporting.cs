using System.Globalization;
using Nalytiq.Analysis;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.DataProfiling;

/// <summary>Turns the measurements into the report, its targets (issue "2/6 Cached analysis") and a table.</summary>
internal static class ProfileReporting
{
    public static ProfileReport Build(string path, ComputedRun computed, IReadOnlyList<RestartCase> restarts, int iterations, MachineInfo machine)
    {
        var profile = computed.Profile;
        var frameBytes = profile.Overview.MemoryBytes;
        var cold = Median.Of(computed.OursSeconds);
        var duck = Median.Of(computed.DuckDbSeconds);
        var warmL1 = Median.Of(computed.WarmMilliseconds);
        var (l2, l2Started) = (restarts[0], restarts[1]);
        var memoryRatio = (double)computed.Memory.ExtraPeak / frameBytes;
        var memoryRatioAfterGc = (double)computed.Memory.ExtraPeakAfterGc / frameBytes;
        TargetResult[] targets =
        [
            new("cold profile / DuckDB SUMMARIZE (median)", "<= 1.0x", cold / duck, cold <= duck),
            new("warm from L1, ms (median of 5)", "< 5", warmL1, warmL1 < 5),
            new("from Garnet after restart, ms (new process, Garnet start + recovery in the request)", "< 50", l2.Ms, l2.Ms < 50 && l2.Source == "Garnet"),
            new("from Garnet after restart, ms (new process, Garnet started before the request)", "< 50", l2Started.Ms, l2Started.Ms < 50 && l2Started.Source == "Garnet"),
            new("extra managed memory while profiling / frame (sampled peak)", "<= 0.5x", memoryRatio, memoryRatio <= 0.5),
        ];

        var country = Column(profile, "country");
        return new ProfileReport(
            path,
            profile.Overview.Rows,
            profile.Overview.Columns,
            frameBytes,
            cold,
            computed.OursSeconds.Min(),
            computed.FirstSeconds,
            computed.FirstCachedSeconds,
            computed.FirstCachedSource,
            warmL1,
            computed.WarmSource,
            l2.Ms,
            l2.Source,
            l2Started.Ms,
            l2Started.Source,
            restarts,
            duck,
            computed.DuckDbSeconds.Min(),
            cold / duck,
            computed.Memory.ExtraPeak,
            computed.Memory.ExtraPeakAfterGc,
            computed.Memory.Allocated,
            computed.Memory.Collections,
            computed.Memory.Samples,
            memoryRatio,
            memoryRatioAfterGc,
            new ProfileFigures(
                profile.Overview.Rows,
                Column(profile, "quantity")?.Numeric?.Mean,
                Column(profile, "store_id")?.Numeric?.P50,
                country?.Distinct ?? -1,
                country?.IsDistinctEstimate ?? false,
                profile.Overview.DuplicateRows),
            computed.Checks,
            targets,
            iterations,
            machine);
    }

    public static async Task WriteTableAsync(ProfileReport report, TextWriter log)
    {
        var c = CultureInfo.InvariantCulture;
        await log.WriteLineAsync().ConfigureAwait(false);
        await log.WriteLineAsync(string.Create(c, $"rows {report.Rows:N0}, frame {report.FrameBytes / 1e6:F1} MB, load {report.Machine.LoadAverage}")).ConfigureAwait(false);
        await log.WriteLineAsync(string.Create(c, $"computed profile: median {report.ColdSeconds:F3} s, min {report.ColdMinSeconds:F3} s, first in process {report.FirstSeconds:F3} s")).ConfigureAwait(false);
        await log.WriteLineAsync(string.Create(c, $"DuckDB SUMMARIZE: median {report.DuckDbSummarizeSeconds:F3} s, min {report.DuckDbSummarizeMinSeconds:F3} s")).ConfigureAwait(false);
        await log.WriteLineAsync(string.Create(c, $"first cached request ({report.FirstCachedSource}): {report.FirstCachedSeconds:F3} s; warm L1 ({report.WarmL1Source}): {report.WarmL1Ms:F3} ms")).ConfigureAwait(false);
        await log.WriteLineAsync(string.Create(c, $"memory: extra peak {report.ExtraPeakBytes / 1e6:F1} MB, after a GC {report.ExtraPeakAfterGcBytes / 1e6:F1} MB, allocated {report.AllocatedBytes / 1e6:F1} MB, {report.Collections} GCs, {report.MemorySamples} samples")).ConfigureAwait(false);
        foreach (var target in report.Targets)
        {
            await log.WriteLineAsync(string.Create(c, $"{target.Name} ({target.Target}): {target.Actual:F3} {(target.Met ? "met" : "NOT met")}")).ConfigureAwait(false);
        }

        foreach (var check in report.Checks.Where(k => !k.Match))
        {
            await log.WriteLineAsync($"MISMATCH {check.Column} {check.What}: DuckDB {check.Expected}, ours {check.Actual}").ConfigureAwait(false);
        }

        await log.WriteLineAsync($"checks against DuckDB: {report.Checks.Count(k => k.Match)} of {report.Checks.Count} match").ConfigureAwait(false);
    }

    private static ColumnProfile? Column(DataProfile profile, string name) =>
        profile.Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
