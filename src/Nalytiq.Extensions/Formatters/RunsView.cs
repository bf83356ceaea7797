using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The output of <c>#!runs</c>: a page of runs.</summary>
/// <param name="Items">The runs shown, in order.</param>
/// <param name="Total">How many runs match in all.</param>
/// <param name="Experiment">The experiment filter, if any.</param>
/// <param name="Metric">The metric the runs are ranked by, if any.</param>
internal sealed record RunsView(IReadOnlyList<RunInfo> Items, int Total, string? Experiment, string? Metric)
{
    /// <summary>The time zone start times are shown in.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Local;

    /// <summary>The view of a page the facade returned.</summary>
    public static RunsView Of(RunPage page) => new(page.Items, page.Total, page.Experiment, page.Metric);
}
