using System.Text.Json;
using Nalytiq.Bench.Reporting;
using Nalytiq.Bench.Training;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>train [--parts overhead,budget,quality] [--rows N] [--iterations N] [--budget-rows N] [--budget S]
/// [--quality-dir DIR] [--quality-budget S]</c>: the training engine's overhead against bare ML.NET, its budget
/// adherence, and its quality against scikit-learn on bundled public datasets. Prints one JSON document.
/// </summary>
internal static class TrainCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var parts = (arguments.Text("parts") ?? "overhead,budget,quality").Split(',', StringSplitOptions.TrimEntries);
        TrainOverhead? overhead = null;
        TrainBudget? budget = null;
        IReadOnlyList<TrainQuality>? quality = null;
        if (parts.Contains("overhead"))
        {
            overhead = await OverheadRun.MeasureAsync(arguments.Int("rows", 200_000), arguments.Int("iterations", 3), cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"overhead: bare {overhead.BareMedianSeconds:F2} s, engine {overhead.EngineMedianSeconds:F2} s, {overhead.Overhead:P1}").ConfigureAwait(false);
        }

        if (parts.Contains("budget"))
        {
            budget = await BudgetRun.MeasureAsync(arguments.Int("budget-rows", 300_000), TimeSpan.FromSeconds(arguments.Int("budget", 30)), cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"budget: {budget.ElapsedSeconds:F1} s of {budget.BudgetSeconds:F0} s ({budget.Ratio:F3})").ConfigureAwait(false);
        }

        if (parts.Contains("quality"))
        {
            var directory = arguments.Text("quality-dir") ?? Path.Combine(BenchPaths.DataDirectory, "training");
            if (File.Exists(Path.Combine(directory, "reference.json")))
            {
                quality = await QualityRun.MeasureAsync(directory, TimeSpan.FromSeconds(arguments.Int("quality-budget", 60)), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Console.Error.WriteLineAsync($"quality skipped: run /usr/bin/python3 bench/Nalytiq.Bench/Training/sklearn_reference.py {directory} first (needs python3-sklearn)").ConfigureAwait(false);
            }
        }

        var report = new TrainReport(MachineInfo.Current(), overhead, budget, quality);
        Console.WriteLine(JsonSerializer.Serialize(report, BenchJsonContext.Default.TrainReport));
        return 0;
    }
}
