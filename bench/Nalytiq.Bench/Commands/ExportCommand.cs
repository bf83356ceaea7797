using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Analysis;
using Nalytiq.Bench.Exporting;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;
using Nalytiq.Export;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>export [file] [--iterations N] [--warmup W]</c>: the benchmark frame written to CSV and to Parquet by
/// <c>#!export</c>'s engine and by DuckDB's <c>COPY ... TO</c> from the same data in memory, runs interleaved; then
/// DuckDB reads our files back and compares them row for row with its table. A table on stderr, one JSON line on stdout.
/// </summary>
internal static class ExportCommand
{
    private const double Target = 1.5;

    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var path = BenchPaths.ExistingCsv(arguments);
        var iterations = Math.Max(1, arguments.Int("iterations", 5));
        var warmup = Math.Max(0, arguments.Int("warmup", 1));
        var log = Console.Error;
        var machine = MachineInfo.Current();
        var folder = Path.Combine(Path.GetTempPath(), "nalytiq-export-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var workbench = new Workbench(new WorkbenchOptions { WorkingDirectory = folder, HomeDirectory = Path.Combine(folder, ".nalytiq") });
            var frame = (await workbench.UploadAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false)).Frame;
            using var duck = new DuckDbCopy(path);
            await log.WriteLineAsync($"{frame.Rows.Count:N0} rows × {frame.Columns.Count} columns loaded in both engines").ConfigureAwait(false);

            var results = new List<ExportFormatResult>();
            foreach (var format in new[] { "csv", "parquet" })
            {
                results.Add(await MeasureAsync(workbench, frame, duck, format, folder, iterations, warmup, log, cancellationToken).ConfigureAwait(false));
            }

            var report = new ExportReport(path, frame.Rows.Count, frame.Columns.Count, iterations, results, machine with { LoadAverage = $"{machine.LoadAverage} -> {MachineInfo.LoadAverageNow()}" });
            Console.WriteLine(JsonSerializer.Serialize(report, BenchJsonContext.Default.ExportReport));
            return results.All(r => r.RowsDifferingFromSource == 0) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ExportFormatResult> MeasureAsync(
        Workbench workbench, DataFrame frame, DuckDbCopy duck, string format, string folder, int iterations, int warmup, TextWriter log, CancellationToken cancellationToken)
    {
        var ours = Path.Combine(folder, "ours." + format);
        var theirs = Path.Combine(folder, "duckdb." + format);
        var options = new ExportOptions { Overwrite = true };
        async Task<double> OursAsync()
        {
            Sampler.Settle();
            var stopwatch = Stopwatch.StartNew();
            await workbench.ExportFrameAsync(frame, ours, options, cancellationToken: cancellationToken).ConfigureAwait(false);
            return stopwatch.Elapsed.TotalSeconds;
        }

        double Theirs()
        {
            File.Delete(theirs);
            Sampler.Settle();
            return duck.Copy(format, theirs);
        }

        for (var i = 0; i < warmup; i++)
        {
            await OursAsync().ConfigureAwait(false);
            Theirs();
        }

        var oursSeconds = new List<double>();
        var theirSeconds = new List<double>();
        for (var round = 0; round < iterations; round++)
        {
            // Alternate who goes first, so neither always runs right after the other's garbage or page cache.
            if (round % 2 == 1)
            {
                theirSeconds.Add(Theirs());
            }

            oursSeconds.Add(await OursAsync().ConfigureAwait(false));
            if (round % 2 == 0)
            {
                theirSeconds.Add(Theirs());
            }

            await log.WriteLineAsync($"{format} round {round + 1}: ours {oursSeconds[^1]:F3} s, DuckDB COPY {theirSeconds[^1]:F3} s").ConfigureAwait(false);
        }

        var differing = duck.RowsDiffering(format, ours);
        var (oursMedian, theirMedian) = (Median.Of(oursSeconds), Median.Of(theirSeconds));
        var ratio = oursMedian / theirMedian;
        await log.WriteLineAsync($"{format}: ours {oursMedian:F3} s, DuckDB {theirMedian:F3} s, ratio {ratio:F2} (target ≤ {Target}), rows differing {differing}").ConfigureAwait(false);
        return new ExportFormatResult(
            format, oursSeconds, theirSeconds, oursMedian, theirMedian, ratio, ratio <= Target, new FileInfo(ours).Length, new FileInfo(theirs).Length, differing);
    }
}
