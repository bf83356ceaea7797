using System.Text.Json;
using Nalytiq.Bench.Engines;
using Nalytiq.Bench.Formats;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>formats [csv] [--formats parquet,json] [--iterations N] [--warmup W] [--cold N] [--json-rows N] [--out file]</c>:
/// our upload of the same data as CSV, Parquet and JSON against DuckDB's <c>read_csv_auto</c>, <c>read_parquet</c>
/// and <c>read_json_auto</c> materialized into a table, warm (rounds in this process) and cold (the first load of a
/// fresh process, <c>--cold</c> processes per engine, alternating). Progress on stderr, one JSON document on stdout.
/// </summary>
internal static class FormatsCommand
{
    private const double WarmTarget = 0.8;
    private const double ColdTarget = 1.0;

    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var csv = BenchPaths.ExistingCsv(arguments);
        var formats = (arguments.Text("formats") ?? "parquet,json").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var warmup = arguments.Int("warmup", 1);
        var iterations = arguments.Int("iterations", 5);
        var coldProcesses = arguments.Int("cold", 5);
        var jsonRows = arguments.Int("json-rows", 200_000);
        var log = Console.Error;

        // Files first, so writing them is not inside anyone's measurement or the load reading.
        var files = formats.Select(f => (Format: f, Path: FormatFiles.Ensure(csv, f, jsonRows))).ToList();
        var machine = MachineInfo.Current();
        await log.WriteLineAsync($"formats [{string.Join(", ", formats)}]; load {machine.LoadAverage}").ConfigureAwait(false);

        var results = new List<FormatResult>();
        foreach (var (format, path) in files)
        {
            results.Add(await MeasureAsync(format, path, warmup, iterations, coldProcesses, log, cancellationToken).ConfigureAwait(false));
        }

        var report = new FormatsReport(machine, MachineInfo.LoadAverageNow(), iterations, coldProcesses, results);
        var json = JsonSerializer.Serialize(report, BenchJsonContext.Default.FormatsReport);
        Console.WriteLine(json);
        if (arguments.Text("out") is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, json + "\n", cancellationToken).ConfigureAwait(false);
        }

        return results.All(r => r.Errors.Count == 0 && r.Rows.Values.Distinct().Count() == 1) ? 0 : 1;
    }

    private static async Task<FormatResult> MeasureAsync(
        string format, string path, int warmup, int iterations, int coldProcesses, TextWriter log, CancellationToken cancellationToken)
    {
        var bytes = new FileInfo(path).Length;
        await log.WriteLineAsync($"{format}: {path} ({bytes / 1e6:F1} MB)").ConfigureAwait(false);
        IEngine[] engines = [new NalytiqEngine(), new DuckDbEngine()];
        var (warm, errors) = await new Comparison(engines, warmup, iterations, log).RunAsync(path, cancellationToken).ConfigureAwait(false);

        var cold = new Dictionary<string, List<double>>(StringComparer.Ordinal) { ["nalytiq"] = [], ["duckdb"] = [] };
        var rows = warm.Where(r => r.Summary is not null).ToDictionary(r => r.Engine, r => r.Summary!.Rows, StringComparer.Ordinal);
        var coldErrors = new Dictionary<string, string>(errors, StringComparer.Ordinal);
        for (var process = 0; process < coldProcesses; process++)
        {
            // Alternate who starts, so neither always follows the other's page-cache and CPU-frequency state.
            foreach (var engine in process % 2 == 0 ? new[] { "nalytiq", "duckdb" } : ["duckdb", "nalytiq"])
            {
                try
                {
                    var run = await ColdRuns.RunAsync(path, engine, cancellationToken).ConfigureAwait(false);
                    cold[engine].Add(run.Seconds);
                    rows.TryAdd(engine, run.Rows);
                    await log.WriteLineAsync($"  cold   {engine,-8} {run.Seconds,7:F3} s").ConfigureAwait(false);
                }
#pragma warning disable CA1031 // One engine failing must not hide the other's numbers.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    coldErrors[engine + " (cold)"] = e.Message;
                }
            }
        }

        double WarmMedian(string engine) => warm.FirstOrDefault(r => r.Engine == engine)?.MedianSeconds ?? double.NaN;
        var warmRatio = WarmMedian("nalytiq") / WarmMedian("duckdb");
        var coldMin = Ratio(cold, static s => s.DefaultIfEmpty(double.NaN).Min());
        var coldMedian = Ratio(cold, Median.Of);
        TargetResult[] targets =
        [
            new("warm, median over DuckDB's", $"≤ {WarmTarget}×", warmRatio, warmRatio <= WarmTarget),
            new("cold, fastest of fresh processes over DuckDB's", $"≤ {ColdTarget}×", coldMin, coldMin <= ColdTarget),
        ];
        await log.WriteLineAsync($"{format}: warm {warmRatio:F2}× (target ≤ {WarmTarget}), cold min {coldMin:F2}× / median {coldMedian:F2}× (target ≤ {ColdTarget})").ConfigureAwait(false);
        return new FormatResult(format, path, bytes, rows, warm, cold["nalytiq"], cold["duckdb"], warmRatio, coldMin, coldMedian, targets, coldErrors);
    }

    private static double Ratio(Dictionary<string, List<double>> cold, Func<IEnumerable<double>, double> statistic) =>
        statistic(cold["nalytiq"]) / statistic(cold["duckdb"]);
}
