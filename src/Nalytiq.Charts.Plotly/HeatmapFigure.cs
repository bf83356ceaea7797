using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>
/// Turns a <see cref="HeatmapChart"/> into an annotated heatmap: on a fixed [-1, 1] diverging scale for correlations,
/// or a white-to-blue scale from zero for counts.
/// </summary>
internal static class HeatmapFigure
{
    // Blue for negative, white for none, red for positive (ColorBrewer RdBu ends); fixed so 0 is always white.
    private static readonly object[][] DivergingScale =
    [
        [0.0, "#2166ac"],
        [0.25, "#92c5de"],
        [0.5, "#f7f7f7"],
        [0.75, "#f4a582"],
        [1.0, "#b2182b"],
    ];

    private static readonly object[][] CountScale =
    [
        [0.0, "#f7fbff"],
        [0.5, "#6baed6"],
        [1.0, "#08306b"],
    ];

    public static Figure Create(HeatmapChart heatmap)
    {
        if (heatmap.Values.Count != heatmap.YLabels.Count || heatmap.Values.Any(row => row.Count != heatmap.XLabels.Count))
        {
            throw new ChartDataException("Chart_HeatmapShape", heatmap.YLabels.Count, heatmap.XLabels.Count);
        }

        var trace = new Trace2D("heatmap")
            .With("x", heatmap.XLabels)
            .With("y", heatmap.YLabels)
            .With("z", heatmap.Values)
            .With("xgap", 1)
            .With("ygap", 1);
        trace = heatmap.Counts
            ? trace
                .With("zmin", 0)
                .With("colorscale", CountScale)
                .With("texttemplate", "%{z:,d}")
                .With("hovertemplate", "%{y} → %{x}: %{z:,d}<extra></extra>")
                .With("colorbar", Object(("thickness", 12)))
            : trace
                .With("zmin", -1)
                .With("zmax", 1)
                .With("colorscale", DivergingScale)
                .With("texttemplate", "%{z:.2f}")
                .With("hovertemplate", "%{y} × %{x}: %{z:.3f}<extra></extra>")
                .With("colorbar", Object(("thickness", 12), ("tickvals", new[] { -1, -0.5, 0, 0.5, 1 })));

        // The first row label reads at the top, as in a correlation table or a confusion matrix.
        var layout = LightStyle.Layout(null, null)
            .With("xaxis", BarFigure.Category(heatmap.XTitle ?? string.Empty).With("showgrid", false).With("side", "bottom"))
            .With("yaxis", BarFigure.Category(heatmap.YTitle ?? string.Empty).With("showgrid", false).With("autorange", "reversed"));
        return new Figure([trace], layout);
    }
}
