namespace Nalytiq.Training;

/// <summary>One training run as the store holds it.</summary>
/// <param name="Id">The run id (32 hex digits; any unique prefix of 4 or more finds it).</param>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="ExperimentId">The experiment's id.</param>
/// <param name="Name">The run's name, when it was given one.</param>
/// <param name="Status">Running, completed, failed or cancelled.</param>
/// <param name="StartTime">When it started.</param>
/// <param name="EndTime">When it ended; null while running.</param>
/// <param name="Error">Why it failed, or a note on why it was cancelled.</param>
/// <param name="Dataset">The data it trained on.</param>
/// <param name="NalytiqVersion">The engine version that ran it.</param>
/// <param name="MlNetVersion">The ML.NET version that ran it, when known.</param>
public sealed record RunInfo(
    string Id,
    string Experiment,
    long ExperimentId,
    string? Name,
    RunStatus Status,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    string? Error,
    RunDataset? Dataset,
    string NalytiqVersion,
    string? MlNetVersion)
{
    private static readonly Dictionary<string, string> NoStrings = [];
    private static readonly Dictionary<string, MetricPoint> NoMetrics = [];

    /// <summary>Its parameters.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = NoStrings;

    /// <summary>The latest value of each metric (highest step, then latest time), as MLflow's latest metrics.</summary>
    public IReadOnlyDictionary<string, MetricPoint> Metrics { get; init; } = NoMetrics;

    /// <summary>Its tags.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = NoStrings;

    /// <summary>Its registered artifacts (filled by <see cref="RunStore.GetRunAsync"/>, empty in listings).</summary>
    public IReadOnlyList<RunArtifact> Artifacts { get; init; } = [];

    /// <summary>The first eight digits of the id, as the views show it.</summary>
    public string ShortId => Id.Length > 8 ? Id[..8] : Id;

    /// <summary>How long it ran; null while running.</summary>
    public TimeSpan? Duration => EndTime - StartTime;

    /// <summary>The metric that sums it up (<see cref="RunTags.HeadlineMetric"/>), when set.</summary>
    public string? HeadlineMetric => Tags.TryGetValue(RunTags.HeadlineMetric, out var key) ? key : null;

    /// <summary>The latest value of a metric, when logged.</summary>
    public double? Metric(string key) => Metrics.TryGetValue(key, out var point) ? point.Value : null;
}
