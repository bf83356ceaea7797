namespace Nalytiq.Charts;

/// <summary>Vertical bars grouped by category, one bar per series in each group (e.g. figures per group of <c>--by</c>).</summary>
/// <param name="Title">The chart title.</param>
/// <param name="XTitle">The category axis title.</param>
/// <param name="YTitle">The value axis title.</param>
/// <param name="Categories">The group labels.</param>
/// <param name="Series">The bars of each group, each series with one value per category.</param>
public sealed record GroupedBarChart(
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<string> Categories,
    IReadOnlyList<BarSeries> Series) : ChartSpec(Title);
