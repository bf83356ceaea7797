namespace Nalytiq.TimeSeries;

/// <summary>One numeric column resampled.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Means">The mean of the column's values in each period; null where the period has none.</param>
/// <param name="ValueCounts">How many non-missing values each period has.</param>
/// <param name="Trend">The trend of the means; null with fewer than two periods that have a mean.</param>
public sealed record TimeSeriesColumnResult(
    string Name,
    IReadOnlyList<double?> Means,
    IReadOnlyList<int> ValueCounts,
    TimeSeriesTrend? Trend);
