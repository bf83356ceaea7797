using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>Everything a training run produced: the task, the features, every trial, the final model and its evaluation.</summary>
/// <param name="Request">The request as given.</param>
/// <param name="Task">The resolved task.</param>
/// <param name="TaskReason">Why this task (detected from the label, or asked for).</param>
/// <param name="Plan">The featurization plan with its notes.</param>
/// <param name="Trials">Every trial in order, failed and cancelled ones included.</param>
/// <param name="BestTrial">The trial whose configuration the final model uses.</param>
/// <param name="Model">The final model with what prediction needs.</param>
/// <param name="Metrics">Metrics on the held-out test rows.</param>
/// <param name="Roc">ROC curve points (binary), otherwise empty.</param>
/// <param name="PredictedVsActual">A sample of held-out predictions (regression), otherwise empty.</param>
/// <param name="FeatureImportance">Permutation importance per input column, most important first.</param>
/// <param name="Cancelled">True when training was interrupted: the model is the best one found before.</param>
/// <param name="Notes">Other things the analyst should know (no refit for lack of time, importance cut short).</param>
/// <param name="TrainingRows">Rows used by the sweep and the final fit.</param>
/// <param name="TestRows">Held-out rows behind <paramref name="Metrics"/>.</param>
/// <param name="Elapsed">Wall time of the whole run.</param>
public sealed record TrainingOutcome(
    TrainingRequest Request,
    TrainingTask Task,
    LocalizedText TaskReason,
    FeaturizationPlan Plan,
    IReadOnlyList<TrialResult> Trials,
    TrialResult BestTrial,
    TrainedModel Model,
    ModelMetrics Metrics,
    IReadOnlyList<RocPoint> Roc,
    IReadOnlyList<PredictedActual> PredictedVsActual,
    IReadOnlyList<FeatureImportance> FeatureImportance,
    bool Cancelled,
    IReadOnlyList<LocalizedText> Notes,
    int TrainingRows,
    int TestRows,
    TimeSpan Elapsed)
{
    /// <summary>The primary metric's name (<c>auc</c>, <c>macro-accuracy</c>, <c>r2</c>).</summary>
    public string PrimaryMetric => MetricNames.PrimaryFor(Task);
}
