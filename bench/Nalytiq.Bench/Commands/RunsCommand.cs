using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;
using Nalytiq.Training;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>runs [--runs 500] [--iterations 20] [--processes 2] [--process-runs 100]</c>: seeds a run store with hundreds of
/// runs recorded as a sweep records them, times what <c>#!runs</c> does (list, rank by a metric, compare, best), then
/// has several processes record runs into one new store at once and checks nothing was lost or corrupted.
/// </summary>
internal static class RunsCommand
{
    private static readonly string[] Experiments = ["churn", "yield", "prices", "credit", "weather"];
    private static readonly string[] DatabaseFiles = ["runs.db", "runs.db-wal"];

    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var count = arguments.Int("runs", 500);
        var iterations = arguments.Int("iterations", 20);
        var home = Path.Combine(Path.GetTempPath(), "nalytiq-bench-runs", Guid.NewGuid().ToString("N"));
        try
        {
            var seed = new List<double>(count);
            using (var store = new RunStore(home))
            {
                for (var i = 0; i < count; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await RecordRunAsync(store, i, cancellationToken).ConfigureAwait(false);
                    seed.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            var (openMs, operations) = await MeasureQueriesAsync(home, iterations, cancellationToken).ConfigureAwait(false);
            var bytes = DatabaseFiles.Select(f => Path.Combine(home, f)).Where(File.Exists).Sum(f => new FileInfo(f).Length);
            var processes = await ProcessWritersAsync(arguments.Int("processes", 2), arguments.Int("process-runs", 100), cancellationToken).ConfigureAwait(false);
            var report = new RunsReport(MachineInfo.Current(), count, PointsPerRun, Median.Of(seed), openMs, operations, bytes, processes);
            Console.WriteLine(JsonSerializer.Serialize(report, BenchJsonContext.Default.RunsReport));
            return processes.RunsFound == processes.Processes * processes.RunsEach && processes.Integrity == "ok" ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary><c>runs-writer --home DIR --runs N --writer W</c>: one writer process of the cross-process check.</summary>
    public static async Task<int> WriterAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var home = arguments.Text("home") ?? throw new ArgumentException("--home is required.");
        var writer = arguments.Int("writer", 0);
        using var store = new RunStore(home);
        for (var i = 0; i < arguments.Int("runs", 100); i++)
        {
            await RecordRunAsync(store, (writer * 100_000) + i, cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    private const int Trials = 10;
    private const int PointsPerRun = Trials + 3;

    /// <summary>One run as a sweep records it: 12 params, tags, 10 per-trial AUCs and final metrics, JSON artifacts.</summary>
    private static async Task RecordRunAsync(RunStore store, int n, CancellationToken cancellationToken)
    {
        var random = new Random(n);
        var dataset = new RunDataset($"data{n % 7}", $"{n % 7:x16}", [new RunColumn("label", "Boolean"), new RunColumn("x", "Single")], 10_000 + n);
        var tags = new Dictionary<string, string> { [RunTags.HeadlineMetric] = "auc", [RunTags.Task] = "binary", [RunTags.Label] = "label" };
        var run = await store.CreateRunAsync(Experiments[n % Experiments.Length], $"run-{n}", dataset, tags, cancellationToken).ConfigureAwait(false);
        var parameters = Enumerable.Range(0, 12).ToDictionary(p => $"param_{p}", p => (random.NextDouble() * p).ToString("R", CultureInfo.InvariantCulture));
        await store.LogParamsAsync(run.Id, parameters, cancellationToken).ConfigureAwait(false);
        await store.LogMetricsAsync(run.Id, Enumerable.Range(1, Trials).Select(t => new MetricValue("auc", 0.5 + (random.NextDouble() * 0.5), t)), cancellationToken).ConfigureAwait(false);
        await store.LogMetricsAsync(run.Id, [new("accuracy", random.NextDouble()), new("f1", random.NextDouble()), new("log-loss", random.NextDouble())], cancellationToken).ConfigureAwait(false);
        await store.EndRunAsync(run.Id, RunStatus.Completed, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(double OpenMs, Dictionary<string, double> Operations)> MeasureQueriesAsync(string home, int iterations, CancellationToken cancellationToken)
    {
        using var store = new RunStore(home);
        var started = Stopwatch.GetTimestamp();
        var first = await store.ListRunsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var openMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var ids = first.Select(r => r.Id).ToArray();
        var cases = new (string Name, Func<Task> Run)[]
        {
            ("list100", () => store.ListRunsAsync(cancellationToken: cancellationToken)),
            ("list50", () => store.ListRunsAsync(new RunQuery { Limit = 50 }, cancellationToken)),
            ("runsPage", () => store.ListRunsAsync(new RunQuery { Limit = 50, IncludeParams = false }, cancellationToken)),
            ("listAll", () => store.ListRunsAsync(new RunQuery { Limit = 100_000 }, cancellationToken)),
            ("listAllNoParams", () => store.ListRunsAsync(new RunQuery { Limit = 100_000, IncludeParams = false }, cancellationToken)),
            ("listAllByAuc", () => store.ListRunsAsync(new RunQuery { Limit = 100_000, OrderByMetric = "auc" }, cancellationToken)),
            ("listExperiment", () => store.ListRunsAsync(new RunQuery { Experiment = "churn" }, cancellationToken)),
            ("count", () => store.CountRunsAsync(cancellationToken: cancellationToken)),
            ("compare2", () => store.CompareAsync([ids[0][..8], ids[1][..8]], cancellationToken)),
            ("compare5", () => store.CompareAsync([.. ids.Take(5)], cancellationToken)),
            ("best", () => store.FindAsync("best", cancellationToken: cancellationToken)),
            ("latest", () => store.FindAsync("latest", cancellationToken: cancellationToken)),
            ("getRun", () => store.GetRunAsync(ids[^1], cancellationToken)),
        };
        var operations = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, run) in cases)
        {
            await run().ConfigureAwait(false); // Warm: JIT and SQLite's page cache.
            var samples = new List<double>(iterations);
            for (var i = 0; i < iterations; i++)
            {
                var t = Stopwatch.GetTimestamp();
                await run().ConfigureAwait(false);
                samples.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            operations[name] = Math.Round(Median.Of(samples), 3);
        }

        return (Math.Round(openMs, 3), operations);
    }

    private static async Task<ProcessWritersResult> ProcessWritersAsync(int processes, int runsEach, CancellationToken cancellationToken)
    {
        var home = Path.Combine(Path.GetTempPath(), "nalytiq-bench-runs", Guid.NewGuid().ToString("N"));
        try
        {
            var started = Stopwatch.GetTimestamp();
            var children = Enumerable.Range(0, processes).Select(w => StartWriter(home, runsEach, w)).ToArray();
            foreach (var child in children)
            {
                await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (children.FirstOrDefault(c => c.ExitCode != 0) is { } failed)
            {
                throw new InvalidOperationException($"A writer process exited with {failed.ExitCode}: {await failed.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false)}");
            }

            using var store = new RunStore(home);
            var runs = await store.ListRunsAsync(new RunQuery { Limit = 100_000 }, cancellationToken).ConfigureAwait(false);
            var complete = runs.Count(r => r.Status == RunStatus.Completed && r.Metrics.Count == 4 && r.Params.Count == 12);
            await using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var integrity = (string)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            foreach (var child in children)
            {
                child.Dispose();
            }

            return new ProcessWritersResult(processes, runsEach, Math.Round(seconds, 2), runs.Count, complete, integrity);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(home, recursive: true);
        }
    }

    private static Process StartWriter(string home, int runs, int writer)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(RunsCommand).Assembly.Location);
        }

        foreach (var argument in new[] { "runs-writer", "--home", home, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--writer", writer.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }
}
