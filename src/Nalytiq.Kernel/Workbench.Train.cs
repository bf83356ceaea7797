using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Analysis;
using Nalytiq.Jobs;
using Nalytiq.Localization;
using Nalytiq.Training;
using Nalytiq.Training.Engine;

namespace Nalytiq;

public sealed partial class Workbench
{
    private const string ModelFile = "model.zip";

    private readonly ConcurrentDictionary<string, TrainedModel> _models = new(StringComparer.Ordinal);

    /// <summary>
    /// Trains a model on <paramref name="frame"/> and records the run: params, the validation score of every trial,
    /// held-out metrics, the input dataset (name, fingerprint, schema) and the model under <c>.nalytiq/runs/&lt;id&gt;/</c>.
    /// Cancelling stops promptly; the run is then recorded as cancelled with the best model found so far.
    /// </summary>
    /// <param name="name">The frame's variable name, recorded as the run's input dataset.</param>
    /// <param name="frame">The data, label column included.</param>
    /// <param name="request">What to train.</param>
    /// <param name="progress">Receives every trial as it starts and ends.</param>
    /// <param name="cancellationToken">Interrupts training.</param>
    /// <exception cref="TrainingException">The request does not fit the frame (nothing is recorded), or every trial failed (recorded as failed).</exception>
    public async Task<TrainingRun> TrainAsync(
        string name,
        DataFrame frame,
        TrainingRequest request,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(request);

        // A typo in an option is not a run: check the request against the frame before recording anything.
        RequestValidator.Validate(frame, request);
        var runs = Runs;
        var run = await runs.CreateRunAsync(
            new RunStart
            {
                Experiment = request.ExperimentName,
                Dataset = DescribeDataset(name, frame),
                Tags = new Dictionary<string, string>(StringComparer.Ordinal) { [RunTags.Label] = request.LabelColumn },
            },
            CancellationToken.None).ConfigureAwait(false);
        await runs.LogParamsAsync(run.Id, RunRecord.RequestParams(request), CancellationToken.None).ConfigureAwait(false);

        TrainingOutcome outcome;
        try
        {
            outcome = await new ModelTrainer(Options.TimeProvider).TrainAsync(frame, request, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The run's end is written whatever stopped it (hence no token): a run is never left "running".
            var (status, error) = e is OperationCanceledException
                ? (RunStatus.Cancelled, Localizer.English["Train_Status_Cancelled"])
                : (RunStatus.Failed, e is NalytiqException nalytiq ? nalytiq.Localize(Localizer.English) : e.Message);
            await runs.EndRunAsync(run.Id, status, error, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var modelPath = Path.Combine(runs.ArtifactDirectory(run.Id), ModelFile);
        outcome.Model.SaveModel(modelPath);
        await File.WriteAllBytesAsync(Path.Combine(runs.ArtifactDirectory(run.Id), "trials.json"), RunRecord.TrialsJson(outcome), CancellationToken.None).ConfigureAwait(false);
        foreach (var artifact in new[] { ModelFile, Path.GetFileName(TrainedModel.InfoPath(modelPath)), "trials.json" })
        {
            await runs.RegisterArtifactAsync(run.Id, artifact, CancellationToken.None).ConfigureAwait(false);
        }

        await runs.LogParamsAsync(run.Id, RunRecord.OutcomeParams(outcome), CancellationToken.None).ConfigureAwait(false);
        await runs.LogMetricsAsync(run.Id, RunRecord.Metrics(outcome), CancellationToken.None).ConfigureAwait(false);
        foreach (var (key, value) in RunRecord.Tags(outcome, ModelFile))
        {
            await runs.SetTagAsync(run.Id, key, value, CancellationToken.None).ConfigureAwait(false);
        }

        // Interrupted after the engine returned, while recording: still a cancelled run, as the notebook says.
        var cancelled = outcome.Cancelled || cancellationToken.IsCancellationRequested;
        var ended = await runs.EndRunAsync(
            run.Id,
            cancelled ? RunStatus.Cancelled : RunStatus.Completed,
            cancelled ? Localizer.English["Train_Status_Cancelled"] : null,
            CancellationToken.None).ConfigureAwait(false);
        _models[run.Id] = outcome.Model;
        return new TrainingRun(ended, outcome, modelPath);
    }

    /// <summary>
    /// Queues <see cref="TrainAsync"/> as a background job and returns at once. The job reports the sweep's progress
    /// against its time budget and ends with the run id and its headline metric.
    /// </summary>
    public Job TrainInBackground(string name, DataFrame frame, TrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(request);
        RequestValidator.Validate(frame, request);
        return Jobs.Enqueue(
            new LocalizedText("Train_JobTitle", name, request.LabelColumn),
            async (progress, cancellationToken) =>
            {
                var trained = await TrainAsync(name, frame, request, new TrainingJobProgress(progress), cancellationToken).ConfigureAwait(false);
                var outcome = trained.Outcome;
                var metric = outcome.PrimaryMetric;
                var value = outcome.Metrics.Primary;
                return new JobResult(new LocalizedText(
                    "Train_JobSummary",
                    new LocalizedText("Train_Task_" + outcome.Task),
                    TrainerNames.Display(outcome.Model.Info.Trainer)))
                {
                    RunId = trained.Run.Id,
                    MetricName = metric,
                    MetricValue = value,
                };
            },
            kind: "train");
    }

    /// <summary>
    /// Scores <paramref name="frame"/> with the model of a recorded run (<c>latest</c>, <c>best</c>, an id or prefix, or
    /// a run name) and returns the frame with prediction columns added. Works after a kernel restart: the model is read
    /// from the run's folder.
    /// </summary>
    /// <exception cref="NalytiqException">No such run, a run without a model, or a frame whose columns do not match the model's.</exception>
    public async Task<PredictionResult> PredictAsync(
        DataFrame frame,
        string run = "latest",
        string? metric = null,
        string? experiment = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var started = Stopwatch.GetTimestamp();
        var found = await Runs.FindAsync(string.IsNullOrWhiteSpace(run) ? "latest" : run, metric, experiment, cancellationToken).ConfigureAwait(false);
        var model = _models.TryGetValue(found.Id, out var cached) ? cached : LoadModel(found);
        _models.TryAdd(found.Id, model);
        var scored = await Task.Run(() => model.Predict(frame), cancellationToken).ConfigureAwait(false);
        var added = scored.Columns.Skip(frame.Columns.Count).Select(c => c.Name).ToArray();
        return new PredictionResult(found, model.Info, scored, added, Stopwatch.GetElapsedTime(started));
    }

    private TrainedModel LoadModel(RunInfo run)
    {
        var file = run.Tags.TryGetValue(RunTags.ModelArtifact, out var artifact) ? artifact : ModelFile;
        var path = Path.Combine(Runs.ArtifactDirectory(run.Id), file);
        if (!File.Exists(path) || !File.Exists(TrainedModel.InfoPath(path)))
        {
            throw new NalytiqException(new LocalizedText("Train_RunHasNoModel", run.ShortId, Runs.ArtifactDirectory(run.Id)));
        }

        try
        {
            return TrainedModel.LoadModel(path);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            throw new NalytiqException(new LocalizedText("Train_ModelUnreadable", run.ShortId, e.Message), e);
        }
    }
}
