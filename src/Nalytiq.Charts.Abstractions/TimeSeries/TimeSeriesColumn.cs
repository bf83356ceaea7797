namespace Nalytiq.TimeSeries;

/// <summary>A numeric column to average per period.</summary>
/// <param name="Name">The column name, as shown to the analyst.</param>
/// <param name="Values">One value per timestamp; null or NaN is a missing value.</param>
public sealed record TimeSeriesColumn(string Name, IReadOnlyList<double?> Values);
