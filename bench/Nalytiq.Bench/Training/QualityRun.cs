using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Analysis;
using Nalytiq.Bench.Reporting;
using Nalytiq.Training;
using Nalytiq.Training.Engine;

namespace Nalytiq.Bench.Training;

/// <summary>
/// Public datasets bundled with scikit-learn, split by <c>sklearn_reference.py</c>: we train on its training rows
/// (default sweep) and score our final model on its test rows, next to its tuned gradient boosting's score.
/// </summary>
internal static class QualityRun
{
    public static async Task<IReadOnlyList<TrainQuality>> MeasureAsync(string directory, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var reference = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "reference.json"), cancellationToken).ConfigureAwait(false));
        var workbench = new Workbench(new WorkbenchOptions { WorkingDirectory = directory, HomeDirectory = Path.Combine(Path.GetTempPath(), "nalytiq-bench-train") });
        var results = new List<TrainQuality>();
        foreach (var entry in reference.RootElement.GetProperty("datasets").EnumerateArray())
        {
            var name = entry.GetProperty("name").GetString()!;
            var train = (await workbench.UploadAsync(Path.Combine(directory, name + "-train.csv"), cancellationToken: cancellationToken).ConfigureAwait(false)).Frame;
            var test = (await workbench.UploadAsync(Path.Combine(directory, name + "-test.csv"), cancellationToken: cancellationToken).ConfigureAwait(false)).Frame;
            var watch = Stopwatch.StartNew();
            var outcome = await new ModelTrainer().TrainAsync(train, new TrainingRequest("target") { TimeBudget = budget }, null, cancellationToken).ConfigureAwait(false);
            var elapsed = watch.Elapsed.TotalSeconds;
            var ours = Score(outcome, test);
            var theirs = entry.GetProperty("reference").GetDouble();
            var gap = (theirs - ours) / Math.Abs(theirs);
            results.Add(new TrainQuality(
                name, entry.GetProperty("task").GetString()!, entry.GetProperty("metric").GetString()!,
                entry.GetProperty("rows").GetInt32(), entry.GetProperty("features").GetInt32(), ours, theirs, gap, gap <= 0.02,
                TrainingRequest.TrainerName(outcome.BestTrial.Trainer), outcome.BestTrial.ParameterText, outcome.Trials.Count, elapsed, budget.TotalSeconds));
        }

        return results;
    }

    /// <summary>The task's primary metric of our final model on the test rows.</summary>
    private static double Score(TrainingOutcome outcome, DataFrame test)
    {
        var predicted = outcome.Model.Predict(test);
        var actual = Enumerable.Range(0, (int)test.Rows.Count).Select(i => Convert.ToString(test["target"][i], CultureInfo.InvariantCulture)!).ToArray();
        switch (outcome.Task)
        {
            case TrainingTask.Binary:
                var probability = predicted[Predictor.ProbabilityColumn].Cast<float?>().Select(p => p ?? 0f).ToArray();
                return PairwiseAuc(probability, [.. actual.Select(a => a == outcome.Model.Info.Classes[1])]);
            case TrainingTask.Multiclass:
                var labels = predicted[Predictor.PredictedLabelColumn];
                return actual.Select((a, i) => (Actual: a, Hit: Convert.ToString(labels[i], CultureInfo.InvariantCulture) == a))
                    .GroupBy(x => x.Actual).Average(g => g.Count(x => x.Hit) / (double)g.Count());
            default:
                var score = predicted[Predictor.ScoreColumn].Cast<double?>().Select(s => s ?? double.NaN).ToArray();
                var truth = actual.Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToArray();
                var mean = truth.Average();
                return 1 - truth.Select((t, i) => (t - score[i]) * (t - score[i])).Sum() / truth.Sum(t => (t - mean) * (t - mean));
        }
    }

    /// <summary>
    /// The area under the ROC curve by its definition: the share of (positive, negative) pairs the scores put in the
    /// right order, ties counting half. Quadratic, which is fine for the test rows here, and independent of the engine's
    /// own rank-based computation it checks.
    /// </summary>
    private static double PairwiseAuc(float[] scores, bool[] positive)
    {
        double ordered = 0;
        long pairs = 0;
        for (var p = 0; p < scores.Length; p++)
        {
            for (var n = 0; positive[p] && n < scores.Length; n++)
            {
                if (!positive[n])
                {
                    pairs++;
                    ordered += scores[p] > scores[n] ? 1 : scores[p] == scores[n] ? 0.5 : 0;
                }
            }
        }

        return pairs == 0 ? double.NaN : ordered / pairs;
    }

}
