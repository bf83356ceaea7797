namespace Nalytiq.Charts;

/// <summary>One named group member of a <see cref="GroupedBarChart"/>.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Values">One bar height per category; null leaves the bar out.</param>
public sealed record BarSeries(string Name, IReadOnlyList<double?> Values);
