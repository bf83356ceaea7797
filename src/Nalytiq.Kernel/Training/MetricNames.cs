namespace Nalytiq.Training;

/// <summary>
/// Invariant metric names, used as keys in results and run stores. Display names are the resources
/// <c>Train_Metric_&lt;name&gt;</c> (see <see cref="MetricNames.ResourceKey"/>).
/// </summary>
public static class MetricNames
{
    /// <summary>Area under the ROC curve (binary primary metric).</summary>
    public const string Auc = "auc";

    /// <summary>Share of rows classified correctly.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>F1 score of the positive class.</summary>
    public const string F1 = "f1";

    /// <summary>Log-loss of the predicted probabilities.</summary>
    public const string LogLoss = "log-loss";

    /// <summary>Mean of the per-class accuracies (multiclass primary metric).</summary>
    public const string MacroAccuracy = "macro-accuracy";

    /// <summary>Share of rows classified correctly, over all classes.</summary>
    public const string MicroAccuracy = "micro-accuracy";

    /// <summary>Coefficient of determination (regression primary metric).</summary>
    public const string RSquared = "r2";

    /// <summary>Root mean squared error.</summary>
    public const string Rmse = "rmse";

    /// <summary>Mean absolute error.</summary>
    public const string Mae = "mae";

    /// <summary>The primary metric the sweep maximizes for a task.</summary>
    public static string PrimaryFor(TrainingTask task) => task switch
    {
        TrainingTask.Binary => Auc,
        TrainingTask.Multiclass => MacroAccuracy,
        TrainingTask.Regression => RSquared,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "The task must be resolved first."),
    };

    /// <summary>Whether a larger value of the metric is better.</summary>
    public static bool HigherIsBetter(string metric) => metric is not (LogLoss or Rmse or Mae);

    /// <summary>The resource key of the metric's display name (<c>Train_Metric_auc</c> becomes <c>Train_Metric_Auc</c>).</summary>
    public static string ResourceKey(string metric) =>
        TryResourceKey(metric) ?? throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric.");

    /// <summary>The resource key of a metric's display name, or null for a metric Nalytiq does not name.</summary>
    public static string? TryResourceKey(string metric) => metric switch
    {
        Auc => "Train_Metric_Auc",
        Accuracy => "Train_Metric_Accuracy",
        F1 => "Train_Metric_F1",
        LogLoss => "Train_Metric_LogLoss",
        MacroAccuracy => "Train_Metric_MacroAccuracy",
        MicroAccuracy => "Train_Metric_MicroAccuracy",
        RSquared => "Train_Metric_RSquared",
        Rmse => "Train_Metric_Rmse",
        Mae => "Train_Metric_Mae",
        _ => null,
    };
}
