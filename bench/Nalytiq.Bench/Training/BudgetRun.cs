using System.Diagnostics;
using Nalytiq.Bench.Reporting;
using Nalytiq.Training;

namespace Nalytiq.Bench.Training;

/// <summary>A full sweep (every family, then tuning) on a frame too large to finish within the budget.</summary>
internal static class BudgetRun
{
    public const double Target = 1.10;

    public static async Task<TrainBudget> MeasureAsync(int rows, TimeSpan budget, CancellationToken cancellationToken)
    {
        var frame = TrainingFrames.Generate(rows, seed: 4);
        var request = new TrainingRequest(TrainingFrames.Label) { TimeBudget = budget };
        var watch = Stopwatch.StartNew();
        var progress = new Progress();
        var outcome = await new ModelTrainer().TrainAsync(frame, request, progress, cancellationToken).ConfigureAwait(false);
        var elapsed = watch.Elapsed.TotalSeconds;
        var ratio = elapsed / budget.TotalSeconds;
        return new TrainBudget(
            rows, budget.TotalSeconds, elapsed, ratio, Target, ratio <= Target, outcome.Trials.Count,
            outcome.Trials.GroupBy(t => t.Status.ToString()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            TrainingRequest.TrainerName(outcome.BestTrial.Trainer), outcome.BestTrial.ParameterText, outcome.Metrics.Primary ?? double.NaN,
            [.. outcome.Plan.Notes.Concat(outcome.Notes).Select(n => n.ToString())]);
    }

    /// <summary>Writes each finished trial to stderr, so a long run shows where its time goes.</summary>
    private sealed class Progress : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            if (value.Phase is TrainingPhase.TrialFinished && value.Trials.Count > 0)
            {
                var t = value.Trials[^1];
                Console.Error.WriteLine($"{value.Elapsed.TotalSeconds,7:F1} s  trial {t.Number} {t.Trainer} {t.ParameterText}: {t.Status} {t.MetricValue:F4} in {t.Elapsed.TotalSeconds:F1} s {t.Error}");
            }
            else if (value.Phase is not TrainingPhase.TrialStarted)
            {
                Console.Error.WriteLine($"{value.Elapsed.TotalSeconds,7:F1} s  {value.Phase}");
            }
        }
    }
}
