namespace Nalytiq.Training;

/// <summary>A metric to log in a batch; the store stamps the time.</summary>
/// <param name="Key">The metric name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Step">The step (trial number) it belongs to.</param>
public readonly record struct MetricValue(string Key, double Value, long Step = 0);
