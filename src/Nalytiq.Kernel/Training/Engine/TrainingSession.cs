using Microsoft.Data.Analysis;
using Microsoft.ML;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>
/// One training run's state: the prepared data, the splits, the trials and the clock. The sweep, the final fit and
/// the evaluation live in the other parts of this class.
/// </summary>
internal sealed partial class TrainingSession
{
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly IProgress<TrainingProgress>? _progress;
    private readonly CancellationToken _cancellation;
    private readonly List<TrialResult> _trials = [];
    private readonly List<LocalizedText> _notes = [];

    // The session context is never cancelled: transformers built with it (featurizers, the final model) stay usable.
    private readonly MLContext _ml;

    private TrialResult? _best;
    private ITransformer? _bestModel;
    private TrainerConfig? _bestConfig;
    private bool _cancelled;

    public TrainingSession(TrainingRequest request, TimeProvider time, IProgress<TrainingProgress>? progress, CancellationToken cancellation)
    {
        Request = request;
        _time = time;
        _start = time.GetTimestamp();
        _progress = progress;
        _cancellation = cancellation;
        _ml = new MLContext(request.Seed);
    }

    public TrainingRequest Request { get; }

    public TimeSpan Elapsed => _time.GetElapsedTime(_start);

    private TimeSpan Remaining => Request.TimeBudget - Elapsed;

    private LabelData Label { get; set; } = null!;

    private FeaturizationPlan Plan { get; set; } = null!;

    private PreparedData Data { get; set; } = null!;

    private DataSplit Holdout { get; set; } = null!;

    private string MetricName => Label is null ? string.Empty : MetricNames.PrimaryFor(Label.Task);

    public TrainingOutcome Run(DataFrame frame)
    {
        Report(TrainingPhase.Preparing);
        RequestValidator.Validate(frame, Request);
        Label = LabelResolver.Resolve(frame, Request);
        Plan = FeaturePlanner.Plan(frame, Request, Label);
        Data = PreparedData.Build(frame, Plan.Features, Label.Rows, Label.Task, Label);
        var positions = Enumerable.Range(0, Label.Rows.Length).ToArray();
        Holdout = DataSplitter.HoldOut(positions, Label, Request.TestFraction, Request.Seed);
        RequestValidator.ValidateRows(Request, Label, Holdout.Fit.Length);
        _cancellation.ThrowIfCancellationRequested();

        var splits = Request.Folds is { } folds
            ? DataSplitter.Folds(Holdout.Fit, Label, folds, Request.Seed)
            : [DataSplitter.HoldOut(Holdout.Fit, Label, DataSplitter.ValidationFraction, Request.Seed + 1)];
        Sweep([.. splits.Select(Featurize)]);

        var model = _cancelled ? _bestModel! : FinalFit();
        Report(TrainingPhase.Evaluating);
        var (metrics, predictions) = Evaluate(model);
        var importance = Request.ExplainFeatures && !_cancelled ? Importance(model, metrics) : [];

        // Interrupted while the final model was scored: the run is whole, but the user stopped it.
        _cancelled |= _cancellation.IsCancellationRequested;
        Report(TrainingPhase.Completed);
        return new TrainingOutcome(
            Request, Label.Task, Label.Reason, Plan, [.. _trials], _best!, Wrap(model), metrics,
            Label.Task == TrainingTask.Binary && predictions is not null ? Curves.Roc(predictions.Values, [.. Holdout.Score.Select(r => Label.ClassIndex[r] == 1)]) : [],
            Label.Task == TrainingTask.Regression && predictions is not null ? Curves.Scatter(predictions.Values, [.. Holdout.Score.Select(r => Label.Values[r])], Request.Seed) : [],
            importance, _cancelled, [.. _notes], Holdout.Fit.Length, Holdout.Score.Length, Elapsed);
    }

    private SplitData Featurize(DataSplit split)
    {
        var fitView = Data.ToFrame(split.Fit);
        var featurizer = Featurizer.Build(_ml, Data, Plan.Features).Fit(fitView);
        var fit = MapLabel(featurizer.Transform(fitView));
        var cached = _ml.Data.Cache(fit);
        using (var cursor = cached.GetRowCursor(cached.Schema))
        {
            // Fill the cache now, with the session's context, so a cancelled trial never leaves it half built.
            while (cursor.MoveNext())
            {
                _cancellation.ThrowIfCancellationRequested();
            }
        }

        return new SplitData(split, featurizer, cached, featurizer.Transform(Data.ToFrame(split.Score)));
    }

    /// <summary>Multiclass trainers read the label as a key; the classes' order is ours, so scores line up with them.</summary>
    private IDataView MapLabel(IDataView view)
    {
        if (Label.Task != TrainingTask.Multiclass)
        {
            return view;
        }

        var keys = new DataFrame(new StringDataFrameColumn(PreparedData.LabelName, Label.Classes));
        return _ml.Transforms.Conversion.MapValueToKey(PreparedData.LabelName, keyData: keys).Fit(view).Transform(view);
    }

    private TrainedModel Wrap(ITransformer model)
    {
        var info = new ModelInfo(
            Label.Task, Request.LabelColumn, Label.Kind, Label.Classes, Plan.Features, _bestConfig!.Family,
            _bestConfig.Parameters, typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "unknown");
        return new TrainedModel(_ml, model, ((IDataView)Data.ToFrame([], includeLabel: false)).Schema, info);
    }

    private void Report(TrainingPhase phase, RunningTrial? current = null) =>
        _progress?.Report(new TrainingProgress(phase, Elapsed, Request.TimeBudget, [.. _trials], _best, current, Label is null ? null : MetricName));
}
