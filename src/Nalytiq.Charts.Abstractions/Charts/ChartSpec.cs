namespace Nalytiq.Charts;

/// <summary>A chart described as plain data, so it can cross into the chart load context and be cached.</summary>
/// <param name="Title">The chart title, already localized.</param>
public abstract record ChartSpec(string Title);
