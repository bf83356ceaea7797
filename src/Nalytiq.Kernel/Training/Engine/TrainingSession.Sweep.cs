using Microsoft.ML;
using Microsoft.ML.Data;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>The sweep: one default per family, then other configurations of the best family, within the budget.</summary>
internal sealed partial class TrainingSession
{
    private readonly Dictionary<TrainerFamily, TimeSpan> _familyTime = [];

    /// <summary>How long past its limit a trial may run before it is abandoned.</summary>
    private TimeSpan Grace => TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(2).Ticks, (Request.TimeBudget * 0.03).Ticks));
    private int _skipped;

    private void Sweep(IReadOnlyList<SplitData> splits)
    {
        var fitRows = splits[0].Rows.Fit.Length;
        var families = Request.Trainers.Count > 0 ? Request.Trainers.Distinct() : Enum.GetValues<TrainerFamily>();
        var stopped = families.Any(family => !TryTrial(TrainerConfig.Default(family, fitRows), TrialStage.Screening, splits));
        if (!stopped && _bestConfig is not null && Request.TuningTrials > 0)
        {
            _ = SearchSpace.Candidates(_bestConfig, Request.TuningTrials, Request.Seed)
                .Any(config => !TryTrial(config, TrialStage.Tuning, splits));
        }

        if (_skipped > 0)
        {
            _notes.Add(new LocalizedText("Train_NoteTrialsSkipped", _skipped));
        }

        if (_best is not null)
        {
            return;
        }

        _cancellation.ThrowIfCancellationRequested();
        var failure = _trials.FirstOrDefault(t => t.Status == TrialStatus.Failed);
        throw failure is not null && _trials.All(t => t.Status == TrialStatus.Failed)
            ? new TrainingException(new LocalizedText("Train_AllTrialsFailed", _trials.Count, failure.Error))
            : new TrainingException(new LocalizedText("Train_BudgetTooSmall", Request.TimeBudget.TotalSeconds), option: "time-budget");
    }

    /// <summary>Runs a trial if it fits in the time left; false when the sweep must stop.</summary>
    private bool TryTrial(TrainerConfig config, TrialStage stage, IReadOnlyList<SplitData> splits)
    {
        if (_cancellation.IsCancellationRequested)
        {
            _cancelled = _best is not null;
            return false;
        }

        // Until a trial has completed, the first may use the whole budget; after that, time is kept for the final fit.
        var limit = _best is null ? Remaining : Remaining - FinalFitReserve(splits);
        if (limit <= TimeSpan.Zero)
        {
            return false;
        }

        if (_best is not null && Estimate(config) > limit)
        {
            _skipped++;
            return true;
        }

        RunTrial(config, stage, splits, limit);
        return !_cancelled && !(_best is null && Remaining <= TimeSpan.Zero);
    }

    private void RunTrial(TrainerConfig config, TrialStage stage, IReadOnlyList<SplitData> splits, TimeSpan limit)
    {
        var number = _trials.Count + 1;
        Report(TrainingPhase.TrialStarted, new RunningTrial(number, stage, config.Family, config.Parameters));
        var started = _time.GetTimestamp();
        var ml = new MLContext(Request.Seed);
        ITransformer? model = null;
        double metric = double.NaN;
        var run = GuardedRun.Run(
            ml,
            token =>
            {
                var values = new List<double>();
                foreach (var split in splits)
                {
                    token.ThrowIfCancellationRequested();
                    model = TrainerFactory.Build(ml, Label.Task, config, Request.Seed).Fit(split.Fit);
                    var predictions = Predictions.Read(model.Transform(split.Score), Label.Task);
                    values.Add(MetricCalculator.Primary(Label.Task, predictions, Label, split.Rows.Score));
                }

                metric = values.Average();
            },
            limit,
            Grace,
            _time,
            _cancellation);

        var elapsed = _time.GetElapsedTime(started);
        var status = run.Cancelled ? TrialStatus.Cancelled
            : run.Failure is not null || !double.IsFinite(metric) ? TrialStatus.Failed
            : TrialStatus.Completed;
        LocalizedText? error = status switch
        {
            TrialStatus.Cancelled => new LocalizedText(_cancellation.IsCancellationRequested ? "Train_TrialCancelled" : "Train_TrialOutOfTime"),
            TrialStatus.Failed when run.Failure is not null => LocalizedText.Verbatim(Innermost(run.Failure).Message),
            TrialStatus.Failed => new LocalizedText("Train_TrialMetricUndefined", MetricName),
            _ => null,
        };
        if (status == TrialStatus.Cancelled)
        {
            _cancelled = _cancellation.IsCancellationRequested && _best is not null;
        }

        var result = new TrialResult(number, stage, config.Family, config.Parameters, MetricName,
            status == TrialStatus.Completed ? metric : null, elapsed, status, error);
        _trials.Add(result);
        if (stage == TrialStage.Screening && status == TrialStatus.Completed)
        {
            _familyTime[config.Family] = elapsed;
        }

        if (status == TrialStatus.Completed && (_best is null || metric > _best.MetricValue))
        {
            _best = result;
            _bestConfig = config;
            _bestModel = new TransformerChain<ITransformer>(splits[^1].Featurizer, model!);
        }

        Report(TrainingPhase.TrialFinished);
    }

    /// <summary>Expected duration of a trial from its family's default trial, scaled by its size.</summary>
    private TimeSpan Estimate(TrainerConfig config)
    {
        if (_familyTime.TryGetValue(config.Family, out var baseline))
        {
            var reference = TrainerConfig.Default(config.Family, 1000);
            var scale = config.IsTree ? (double)config.Trees / reference.Trees * Math.Sqrt(Math.Max(1.0, (double)config.Leaves / reference.Leaves)) : 1;
            return baseline * scale;
        }

        var done = _trials.Where(t => t.Status == TrialStatus.Completed).ToList();
        return done.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)done.Average(t => t.Elapsed.Ticks));
    }

    /// <summary>Time kept for refitting the best configuration on all training rows (one fit, on more rows).</summary>
    private TimeSpan FinalFitReserve(IReadOnlyList<SplitData> splits)
    {
        if (_best is null)
        {
            return TimeSpan.Zero;
        }

        var perFit = _best.Elapsed / splits.Count;
        return perFit * ((double)Holdout.Fit.Length / splits[0].Rows.Fit.Length) * 1.2;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null && ex is System.Reflection.TargetInvocationException or AggregateException)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
