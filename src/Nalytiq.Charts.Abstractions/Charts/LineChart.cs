namespace Nalytiq.Charts;

/// <summary>A time series: one or more named lines over dates, such as counts and means per period.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="XTitle">The date axis title.</param>
/// <param name="YTitle">The left value axis title.</param>
/// <param name="X">The dates, ascending.</param>
/// <param name="Series">The lines, each with one value per date.</param>
public sealed record LineChart(
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<DateTime> X,
    IReadOnlyList<LineSeries> Series) : ChartSpec(Title)
{
    /// <summary>The right value axis title, shown when a series is <see cref="LineSeries.OnSecondaryAxis"/>.</summary>
    public string? SecondaryYTitle { get; init; }
}
