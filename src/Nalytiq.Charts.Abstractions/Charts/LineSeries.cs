namespace Nalytiq.Charts;

/// <summary>One named line of a <see cref="LineChart"/>.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Values">One value per point of the chart's axis; null leaves a gap.</param>
public sealed record LineSeries(string Name, IReadOnlyList<double?> Values)
{
    /// <summary>Draws the line dashed, as for a trend line.</summary>
    public bool Dashed { get; init; }

    /// <summary>Plots the line against the right-hand axis, for a quantity on another scale (counts beside means).</summary>
    public bool OnSecondaryAxis { get; init; }
}
