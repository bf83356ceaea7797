using Nalytiq.Localization;

namespace Nalytiq.Jobs;

/// <summary>What a finished job produced, as its notification shows it.</summary>
/// <param name="Summary">One line on the outcome.</param>
public sealed record JobResult(LocalizedText Summary)
{
    /// <summary>The training run it recorded, when it recorded one.</summary>
    public string? RunId { get; init; }

    /// <summary>The name of the figure that sums the result up (e.g. <c>auc</c>).</summary>
    public string? MetricName { get; init; }

    /// <summary>That figure's value.</summary>
    public double? MetricValue { get; init; }
}
