namespace Nalytiq.Charts;

/// <summary>
/// A correlation matrix: one cell per pair of labels, coloured on a diverging scale from -1 (blue) through 0 (white)
/// to 1 (red), each cell annotated with its value.
/// </summary>
/// <param name="Title">The chart title.</param>
/// <param name="XLabels">The column labels, left to right.</param>
/// <param name="YLabels">The row labels, top to bottom.</param>
/// <param name="Values">One row per <paramref name="YLabels"/> entry, each with one value per <paramref name="XLabels"/> entry, in [-1, 1]; null leaves the cell blank (e.g. a constant column).</param>
public sealed record HeatmapChart(
    string Title,
    IReadOnlyList<string> XLabels,
    IReadOnlyList<string> YLabels,
    IReadOnlyList<IReadOnlyList<double?>> Values) : ChartSpec(Title)
{
    /// <summary>
    /// Colours counts from zero (white) to the largest value (dark) and labels cells with whole numbers, as a confusion
    /// matrix needs, instead of the [-1, 1] correlation scale.
    /// </summary>
    public bool Counts { get; init; }

    /// <summary>The horizontal axis title (e.g. the predicted class); none by default.</summary>
    public string? XTitle { get; init; }

    /// <summary>The vertical axis title (e.g. the actual class); none by default.</summary>
    public string? YTitle { get; init; }
}
