namespace Nalytiq.Charts;

/// <summary>Vertical bars, one per category.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="XTitle">The category axis title.</param>
/// <param name="YTitle">The value axis title.</param>
/// <param name="Categories">The bar labels.</param>
/// <param name="Values">The bar heights, one per category.</param>
public sealed record BarChart(
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<string> Categories,
    IReadOnlyList<double> Values) : ChartSpec(Title);
