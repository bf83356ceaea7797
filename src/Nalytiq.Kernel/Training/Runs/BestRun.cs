namespace Nalytiq.Training;

/// <summary>The best recorded run, and the metric it is best by.</summary>
/// <param name="Run">The run, in full.</param>
/// <param name="Metric">The metric it was ranked by: the one asked for, else the runs' common headline metric (null when none).</param>
public sealed record BestRun(RunInfo Run, string? Metric);
