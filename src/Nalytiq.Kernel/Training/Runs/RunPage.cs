namespace Nalytiq.Training;

/// <summary>One page of recorded runs, and how many match in all.</summary>
/// <param name="Items">The runs shown, in order (without their params).</param>
/// <param name="Total">How many runs match the request in all.</param>
/// <param name="Experiment">The experiment filter, if any.</param>
/// <param name="Metric">The metric the runs are ranked by, if any.</param>
public sealed record RunPage(IReadOnlyList<RunInfo> Items, int Total, string? Experiment, string? Metric);
