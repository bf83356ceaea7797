namespace Nalytiq.Charts;

/// <summary>
/// A histogram binned by the caller (the profile engine bins once; the chart only draws): adjacent bars spanning
/// <c>Edges[i]</c> to <c>Edges[i + 1]</c> with height <c>Counts[i]</c>.
/// </summary>
/// <param name="Title">The chart title.</param>
/// <param name="XTitle">The value axis title (usually the column name).</param>
/// <param name="YTitle">The count axis title.</param>
/// <param name="Edges">The bin edges, ascending, one more than <paramref name="Counts"/>.</param>
/// <param name="Counts">How many values fall in each bin.</param>
public sealed record HistogramChart(
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<double> Edges,
    IReadOnlyList<long> Counts) : ChartSpec(Title);
