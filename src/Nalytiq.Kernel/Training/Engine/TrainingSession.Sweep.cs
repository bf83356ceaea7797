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

        // Time is kept for scoring the final model on the test rows; the refit on all rows only happens if time is left.
        var limit = Remaining - EvaluationReserve;
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
                    var predictions = Predictions.Read(model.Transform(split.Score), Label.Task, token);
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
        if (status == TrialStatus.Completed)
        {
            // The fastest observation per unit of work: the family's first trial also pays for compiling its code.
            var unit = elapsed / Scale(config);
            _familyTime[config.Family] = _familyTime.TryGetValue(config.Family, out var known) && known < unit ? known : unit;
        }

        if (status == TrialStatus.Completed && (_best is null || metric > _best.MetricValue))
        {
            _best = result;
            _bestConfig = config;
            _bestModel = new TransformerChain<ITransformer>(splits[^1].Featurizer, model!);
        }

        Report(TrainingPhase.TrialFinished);
    }

    /// <summary>Expected duration of a trial from its family's default trial, scaled by its size; zero when unknown.</summary>
    private TimeSpan Estimate(TrainerConfig config)
    {
        if (_familyTime.TryGetValue(config.Family, out var unit))
        {
            return unit * Scale(config);
        }

        // A family not tried yet is never skipped: its trial is cut at the limit anyway, and families differ tenfold.
        return TimeSpan.Zero;
    }

    /// <summary>Relative cost of a configuration within its family: trees, and leaves more gently.</summary>
    private static double Scale(TrainerConfig config)
    {
        if (!config.IsTree)
        {
            return 1;
        }

        var reference = TrainerConfig.Default(config.Family, 1000);
        return (double)config.Trees / reference.Trees * Math.Sqrt(Math.Max(1.0, (double)config.Leaves / reference.Leaves));
    }

    /// <summary>Time kept at the end of the budget for evaluating the final model on the held-out rows.</summary>
    private TimeSpan EvaluationReserve => Request.TimeBudget * 0.1;

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null && ex is System.Reflection.TargetInvocationException or AggregateException)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
