using System.Text.Json;
using Nalytiq.Bench.Engines;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>compare [file] [--iterations N] [--warmup W] [--engines nalytiq,loadcsv,duckdb] [--out report.json]</c>: times the
/// engines in one process, prints progress and a table on stderr and the JSON report on stdout.
/// </summary>
internal static class CompareCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var path = BenchPaths.ExistingCsv(arguments);
        var fileBytes = new FileInfo(path).Length;
        var wanted = (arguments.Text("engines") ?? "nalytiq,loadcsv,duckdb").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var engines = wanted.Select(EngineCatalog.Find).ToList();
        var warmup = arguments.Int("warmup", 1);
        var iterations = arguments.Int("iterations", 5);
        var machine = MachineInfo.Current();
        var log = Console.Error;
        await log.WriteLineAsync(
            $"{path}: {fileBytes / 1e6:F1} MB; {warmup} warm-up + {iterations} measured rounds of [{string.Join(", ", engines.Select(e => e.Name))}]; load {machine.LoadAverage}; server GC {machine.ServerGc}")
            .ConfigureAwait(false);

        var (results, errors) = await new Comparison(engines, warmup, iterations, log).RunAsync(path, cancellationToken).ConfigureAwait(false);
        var ratios = Verdicts.Ratios(results, fileBytes);
        var report = new ComparisonReport(
            machine,
            path,
            fileBytes,
            warmup,
            iterations,
            results,
            errors,
            ratios,
            Verdicts.Targets(ratios),
            Verdicts.Checks(results),
            MachineInfo.LoadAverageNow());

        await ConsoleSummary.WriteAsync(report, log).ConfigureAwait(false);
        var json = JsonSerializer.Serialize(report, BenchJsonContext.Default.ComparisonReport);
        Console.WriteLine(json);
        if (arguments.Text("out") is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, json + "\n", cancellationToken).ConfigureAwait(false);
        }

        return errors.Count == 0 && report.Checks.All(c => c.Match || c.Engine != "nalytiq") ? 0 : 1;
    }
}
