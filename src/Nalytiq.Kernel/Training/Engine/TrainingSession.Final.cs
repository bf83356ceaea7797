using Microsoft.ML;
using Microsoft.ML.Data;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>The final fit on all training rows and the permutation importance of the final model.</summary>
internal sealed partial class TrainingSession
{
    /// <summary>Importance is measured on at most this many held-out rows.</summary>
    private const int MaxImportanceRows = 5000;

    private const int ImportanceRepeats = 3;

    /// <summary>Refits the best configuration on every training row; keeps the trial's model when time or the user says stop.</summary>
    private ITransformer FinalFit()
    {
        // One fit on all training rows: about one fold's fit, on a quarter more rows.
        var expected = _best!.Elapsed / (Request.Folds ?? 1) * 1.25;
        var available = Remaining - EvaluationReserve;
        if (available < expected)
        {
            _notes.Add(new LocalizedText("Train_NoteNoRefit"));
            return _bestModel!;
        }

        Report(TrainingPhase.FinalFit);
        var ml = new MLContext(Request.Seed);
        ITransformer? model = null;
        var run = GuardedRun.Run(
            ml,
            _ =>
            {
                var fitView = Data.ToFrame(Holdout.Fit);
                var featurizer = Featurizer.Build(_ml, Data, Plan.Features).Fit(fitView);
                var trainer = TrainerFactory.Build(ml, Label.Task, _bestConfig!, Request.Seed).Fit(MapLabel(featurizer.Transform(fitView)));
                model = new TransformerChain<ITransformer>(featurizer, trainer);
            },
            available,
            Grace,
            _time,
            _cancellation);

        if (run.Cancelled || run.Failure is not null || model is null)
        {
            _cancelled |= _cancellation.IsCancellationRequested;
            _notes.Add(run.Failure is not null
                ? new LocalizedText("Train_NoteRefitFailed", Innermost(run.Failure).Message)
                : new LocalizedText(_cancelled ? "Train_NoteRefitCancelled" : "Train_NoteNoRefit"));
            return _bestModel!;
        }

        return model;
    }

    /// <summary>Drop of the primary metric when each input column is shuffled, on a sample of the held-out rows.</summary>
    private List<FeatureImportance> Importance(ITransformer model, ModelMetrics metrics)
    {
        if (metrics.Primary is null || Remaining <= TimeSpan.Zero)
        {
            _notes.Add(new LocalizedText("Train_NoteImportanceSkipped"));
            return [];
        }

        Report(TrainingPhase.Explaining);
        var random = new Random(Request.Seed);
        var rows = Holdout.Score;
        if (rows.Length > MaxImportanceRows)
        {
            var sample = (int[])rows.Clone();
            random.Shuffle(sample);
            rows = [.. sample.Take(MaxImportanceRows).Order()];
        }

        var subset = Data.Subset(rows);
        var positions = Enumerable.Range(0, rows.Length).ToArray();
        var baseline = MetricCalculator.Primary(Label.Task, Predictions.Read(model.Transform(subset.ToFrame()), Label.Task), Label, rows);
        var result = new List<FeatureImportance>();
        for (var f = 0; f < Plan.Features.Count; f++)
        {
            if (_cancellation.IsCancellationRequested || Remaining <= TimeSpan.Zero)
            {
                _cancelled |= _cancellation.IsCancellationRequested;
                _notes.Add(new LocalizedText("Train_NoteImportanceCut", result.Count, Plan.Features.Count));
                break;
            }

            var drops = new double[ImportanceRepeats];
            for (var r = 0; r < ImportanceRepeats; r++)
            {
                var order = (int[])positions.Clone();
                random.Shuffle(order);
                var scored = model.Transform(subset.WithFeaturePermuted(f, order).ToFrame());
                drops[r] = baseline - MetricCalculator.Primary(Label.Task, Predictions.Read(scored, Label.Task), Label, rows);
            }

            var mean = drops.Average();
            var deviation = Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / drops.Length);
            result.Add(new FeatureImportance(Plan.Features[f].Name, mean, deviation));
        }

        return [.. result.OrderByDescending(i => i.Importance)];
    }
}
