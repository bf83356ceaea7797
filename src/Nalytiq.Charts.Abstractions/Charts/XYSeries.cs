namespace Nalytiq.Charts;

/// <summary>One named series of an <see cref="XYChart"/>.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">The horizontal positions.</param>
/// <param name="Y">The vertical positions, one per <paramref name="X"/>; null leaves a gap.</param>
/// <param name="Style">Points, a line or both.</param>
public sealed record XYSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double?> Y, XYStyle Style)
{
    /// <summary>Draws the line dashed and grey, as for a reference line (the diagonal of a ROC curve).</summary>
    public bool Reference { get; init; }

    /// <summary>A hover label per point (a trial's trainer and parameters), or null for none.</summary>
    public IReadOnlyList<string>? Labels { get; init; }
}
