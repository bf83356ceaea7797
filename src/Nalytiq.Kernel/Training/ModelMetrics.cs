namespace Nalytiq.Training;

/// <summary>Held-out metrics of a model.</summary>
/// <param name="Task">The task the metrics belong to.</param>
/// <param name="Values">Metric values by <see cref="MetricNames"/> name; a metric that is undefined on the rows is absent.</param>
/// <param name="Confusion">The confusion matrix of a classifier; null for regression.</param>
/// <param name="Rows">Rows the metrics were computed on.</param>
public sealed record ModelMetrics(TrainingTask Task, IReadOnlyDictionary<string, double> Values, ConfusionMatrix? Confusion, int Rows)
{
    /// <summary>The name of the task's primary metric.</summary>
    public string PrimaryName => MetricNames.PrimaryFor(Task);

    /// <summary>The primary metric's value, or null when it is undefined on these rows.</summary>
    public double? Primary => Values.TryGetValue(PrimaryName, out var value) ? value : null;
}
