namespace Nalytiq.Charts;

/// <summary>
/// Points and lines over two numeric axes: a metric per trial, a ROC curve, predicted against actual values.
/// </summary>
/// <param name="Title">The chart title.</param>
/// <param name="XTitle">The horizontal axis title.</param>
/// <param name="YTitle">The vertical axis title.</param>
/// <param name="Series">The series, drawn in order (later ones on top).</param>
public sealed record XYChart(
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<XYSeries> Series) : ChartSpec(Title)
{
    /// <summary>Makes both axes span the same range with square proportions, as a ROC curve or a predicted-vs-actual plot needs.</summary>
    public bool SquareAxes { get; init; }

    /// <summary>Shows whole numbers only on the horizontal axis, as for trial numbers.</summary>
    public bool IntegerX { get; init; }
}
