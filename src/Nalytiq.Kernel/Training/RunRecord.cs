using System.Globalization;
using System.Text.Json;

namespace Nalytiq.Training;

/// <summary>
/// What a training writes into the run store, in MLflow's vocabulary: the request and the chosen model as params, the
/// validation score of each trial as a metric history (step = trial number), the held-out metrics, and tags.
/// </summary>
internal static class RunRecord
{
    /// <summary>The prefix of the per-trial validation metric (<c>validation.auc</c>, step = trial).</summary>
    public const string ValidationPrefix = "validation.";

    public static Dictionary<string, string> RequestParams(TrainingRequest request) => new(StringComparer.Ordinal)
    {
        ["label"] = request.LabelColumn,
        ["task"] = request.Task.ToString().ToLowerInvariant(),
        ["trainers"] = request.Trainers.Count == 0 ? "auto" : string.Join(',', request.Trainers.Select(t => t.ToString().ToLowerInvariant())),
        ["features"] = request.Features.Count == 0 ? "auto" : string.Join(',', request.Features),
        ["exclude"] = string.Join(',', request.Exclude),
        ["test_fraction"] = request.TestFraction.ToString(CultureInfo.InvariantCulture),
        ["folds"] = request.Folds?.ToString(CultureInfo.InvariantCulture) ?? "none",
        ["time_budget_s"] = request.TimeBudget.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> OutcomeParams(TrainingOutcome outcome)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["resolved_task"] = outcome.Task.ToString().ToLowerInvariant(),
            ["model.trainer"] = outcome.Model.Info.Trainer.ToString().ToLowerInvariant(),
            ["training_rows"] = outcome.TrainingRows.ToString(CultureInfo.InvariantCulture),
            ["test_rows"] = outcome.TestRows.ToString(CultureInfo.InvariantCulture),
            ["trials"] = outcome.Trials.Count.ToString(CultureInfo.InvariantCulture),
            ["trials_failed"] = outcome.Trials.Count(t => t.Status == TrialStatus.Failed).ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in outcome.Model.Info.Parameters)
        {
            parameters["model." + name] = value;
        }

        return parameters;
    }

    public static IEnumerable<MetricValue> Metrics(TrainingOutcome outcome)
    {
        foreach (var trial in outcome.Trials)
        {
            if (trial.MetricValue is { } value && double.IsFinite(value))
            {
                yield return new MetricValue(ValidationPrefix + trial.MetricName, value, trial.Number);
            }
        }

        foreach (var (name, value) in outcome.Metrics.Values)
        {
            if (double.IsFinite(value))
            {
                yield return new MetricValue(name, value);
            }
        }

    }

    public static Dictionary<string, string> Tags(TrainingOutcome outcome, string modelArtifact) => new(StringComparer.Ordinal)
    {
        [RunTags.HeadlineMetric] = outcome.PrimaryMetric,
        [RunTags.Task] = outcome.Task.ToString().ToLowerInvariant(),
        [RunTags.Label] = outcome.Request.LabelColumn,
        [RunTags.ModelArtifact] = modelArtifact,
    };

    /// <summary>The trials as JSON (an artifact beside the model), for readers outside Nalytiq.</summary>
    public static byte[] TrialsJson(TrainingOutcome outcome) => JsonSerializer.SerializeToUtf8Bytes(
        outcome.Trials.Select(t => new Dictionary<string, object?>
        {
            ["number"] = t.Number,
            ["stage"] = t.Stage.ToString().ToLowerInvariant(),
            ["trainer"] = t.Trainer.ToString().ToLowerInvariant(),
            ["parameters"] = t.Parameters,
            ["metric"] = t.MetricName,
            ["value"] = t.MetricValue is { } v && double.IsFinite(v) ? v : null,
            ["seconds"] = t.Elapsed.TotalSeconds,
            ["status"] = t.Status.ToString().ToLowerInvariant(),
            ["error"] = t.Error?.ToString(Localization.Localizer.English),
        }).ToList(),
        IndentedJson);

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };
}
