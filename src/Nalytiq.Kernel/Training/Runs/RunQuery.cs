namespace Nalytiq.Training;

/// <summary>Which runs <see cref="RunStore.ListRunsAsync"/> returns, and in what order.</summary>
public sealed record RunQuery
{
    /// <summary>Only runs of this experiment; null for all.</summary>
    public string? Experiment { get; init; }

    /// <summary>Only runs with this status; null for all.</summary>
    public RunStatus? Status { get; init; }

    /// <summary>At most this many runs.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>
    /// Order by this metric's latest value, best first (<see cref="MetricDirection"/> decides what best means), runs
    /// without it last; null orders by start time, newest first.
    /// </summary>
    public string? OrderByMetric { get; init; }

    /// <summary>
    /// Whether to load each run's params; a view that shows only metrics skips them (most rows of a listing are params).
    /// </summary>
    public bool IncludeParams { get; init; } = true;

    /// <summary>Overrides <see cref="MetricDirection.LowerIsBetter"/> for <see cref="OrderByMetric"/>.</summary>
    public bool? LowerIsBetter { get; init; }
}
