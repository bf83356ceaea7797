namespace Nalytiq.Training;

/// <summary>Which recorded runs <c>#!runs</c> looks at: <see cref="Workbench.ListRunsAsync"/> and <see cref="Workbench.FindBestRunAsync"/>.</summary>
public sealed record RunsRequest
{
    /// <summary>How many runs one page holds by default.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Only runs of this experiment; null for all.</summary>
    public string? Experiment { get; init; }

    /// <summary>The metric to rank by; null lists newest first, and makes "best" use the runs' common headline metric.</summary>
    public string? Metric { get; init; }

    /// <summary>How many runs one page holds.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
