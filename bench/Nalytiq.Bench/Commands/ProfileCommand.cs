using System.Text.Json;
using Nalytiq.Analysis;
using Nalytiq.Bench.DataProfiling;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>profile [file] [--iterations N] [--warmup W]</c>: the data profile (<c>#!analyze</c>) of the file, computed,
/// from memory (L1), and from the embedded Garnet after a restart, against DuckDB's <c>SUMMARIZE</c> in the same run.
/// A table on stderr, one JSON line on stdout.
/// </summary>
internal static class ProfileCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var path = BenchPaths.ExistingCsv(arguments);
        var iterations = Math.Max(1, arguments.Int("iterations", 3));
        var warmup = Math.Max(0, arguments.Int("warmup", 1));
        var log = Console.Error;
        var machine = MachineInfo.Current();
        var home = Path.Combine(Path.GetTempPath(), "nalytiq-profile-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var computed = await ComputedAsync(path, home, iterations, warmup, log, cancellationToken).ConfigureAwait(false);
            var restart = await RestartedAsync(path, home, log, cancellationToken).ConfigureAwait(false);
            var report = ProfileReporting.Build(path, computed, restart, iterations, machine with { LoadAverage = $"{machine.LoadAverage} -> {MachineInfo.LoadAverageNow()}" });
            await ProfileReporting.WriteTableAsync(report, log).ConfigureAwait(false);
            Console.WriteLine(JsonSerializer.Serialize(report, BenchJsonContext.Default.ProfileReport));
            return report.Checks.All(c => c.Match) && report.Restarts.All(r => r.Source == "Garnet") ? 0 : 1;
        }
        finally
        {
            TryDelete(home);
        }
    }

    /// <summary>
    /// The first session: uncached profiles interleaved with DuckDB's SUMMARIZE, the memory run, then the first cached
    /// request and warm requests from memory. Disposing the session at the end checkpoints Garnet.
    /// </summary>
    private static async Task<ComputedRun> ComputedAsync(string path, string home, int iterations, int warmup, TextWriter log, CancellationToken cancellationToken)
    {
        var session = await ProfileSession.OpenAsync(path, home, cancellationToken).ConfigureAwait(false);
        try
        {
            await session.StartCacheAsync(cancellationToken).ConfigureAwait(false);
            var (first, _) = await session.ComputeAsync(cancellationToken).ConfigureAwait(false);
            await log.WriteLineAsync($"first profile in the process (JIT included): {first:F3} s").ConfigureAwait(false);

            using var duck = DuckDbSummarize.Load(path);
            for (var i = 0; i < warmup; i++)
            {
                duck.Run();
            }

            var ours = new List<double>();
            var theirs = new List<double>();
            AnalysisResult? profile = null;
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>>? summary = null;
            for (var round = 0; round < iterations; round++)
            {
                // Alternate who goes first, so neither always runs right after the other's garbage or cache effects.
                if (round % 2 == 1)
                {
                    (var s, summary) = duck.Run();
                    theirs.Add(s);
                }

                Sampler.Settle();
                var (seconds, result) = await session.ComputeAsync(cancellationToken).ConfigureAwait(false);
                ours.Add(seconds);
                profile = result;
                if (round % 2 == 0)
                {
                    (var s, summary) = duck.Run();
                    theirs.Add(s);
                }

                await log.WriteLineAsync($"round {round + 1}: ours {seconds:F3} s, DuckDB SUMMARIZE {theirs[^1]:F3} s").ConfigureAwait(false);
            }

            var columns = profile!.Profile.Columns.Select(c => c.Name);
            var checks = ProfileChecks.Compare(profile.Profile, summary!, duck.ExactDistinct(columns), duck.DuplicateRows());
            var memory = await session.MeasureMemoryAsync(cancellationToken).ConfigureAwait(false);

            var (firstCached, cached) = await session.AnalyzeAsync(cancellationToken).ConfigureAwait(false);
            var warm = new List<double>();
            var warmSource = string.Empty;
            for (var i = 0; i < 5; i++)
            {
                var (seconds, result) = await session.AnalyzeAsync(cancellationToken).ConfigureAwait(false);
                warm.Add(seconds * 1000);
                warmSource = result.Source.ToString();
            }

            return new ComputedRun(profile.Profile, first, ours, theirs, checks, memory, firstCached, cached.Source.ToString(), warm, warmSource);
        }
        finally
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Restarts on the same home folder: two fresh processes (a real kernel restart), then two new workbenches in this
    /// process; each time the first request with Garnet starting and recovering inside it, then with Garnet started first.
    /// </summary>
    private static async Task<IReadOnlyList<RestartCase>> RestartedAsync(string path, string home, TextWriter log, CancellationToken cancellationToken)
    {
        var freshWithStart = await ChildProcess.RunRestartAsync(path, home, startFirst: false, cancellationToken).ConfigureAwait(false);
        var freshStarted = await ChildProcess.RunRestartAsync(path, home, startFirst: true, cancellationToken).ConfigureAwait(false);
        var sameWithStart = await SameProcessAsync(path, home, startFirst: false, cancellationToken).ConfigureAwait(false);
        var sameStarted = await SameProcessAsync(path, home, startFirst: true, cancellationToken).ConfigureAwait(false);
        RestartCase[] cases =
        [
            new("new process, Garnet starts in the request", freshWithStart.Ms, freshWithStart.Source, null),
            new("new process, Garnet started first", freshStarted.Ms, freshStarted.Source, freshStarted.GarnetStartMs),
            new("same process, Garnet starts in the request", sameWithStart.Ms, sameWithStart.Source, null),
            new("same process, Garnet started first", sameStarted.Ms, sameStarted.Source, sameStarted.GarnetStartMs),
        ];
        foreach (var c in cases)
        {
            await log.WriteLineAsync($"after restart ({c.Case}): {c.Ms:F1} ms from {c.Source}{(c.GarnetStartMs is { } start ? $", Garnet start {start:F0} ms" : "")}").ConfigureAwait(false);
        }

        return cases;
    }

    private static async Task<RestartReport> SameProcessAsync(string path, string home, bool startFirst, CancellationToken cancellationToken)
    {
        var session = await ProfileSession.OpenAsync(path, home, cancellationToken).ConfigureAwait(false);
        try
        {
            double? startMs = startFirst ? await session.StartCacheAsync(cancellationToken).ConfigureAwait(false) : null;
            var (seconds, result) = await session.AnalyzeAsync(cancellationToken).ConfigureAwait(false);
            return new RestartReport(seconds * 1000, result.Source.ToString(), startMs);
        }
        finally
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
