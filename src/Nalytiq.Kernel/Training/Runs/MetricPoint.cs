namespace Nalytiq.Training;

/// <summary>One logged value of a metric. Per-trial values of a sweep use <see cref="Step"/> (the trial number).</summary>
/// <param name="Key">The metric name, e.g. <c>auc</c>.</param>
/// <param name="Value">Its value.</param>
/// <param name="Step">The step it belongs to; 0 for a single final value.</param>
/// <param name="Timestamp">When it was logged.</param>
public sealed record MetricPoint(string Key, double Value, long Step, DateTimeOffset Timestamp);
