using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>
/// Turns a pre-binned <see cref="HistogramChart"/> into adjacent bars: one per bin, centred on the bin and as wide as
/// it, so unequal bins keep their true extent.
/// </summary>
internal static class HistogramFigure
{
    public static Figure Create(HistogramChart histogram)
    {
        var edges = histogram.Edges;
        var counts = histogram.Counts;
        if (edges.Count != counts.Count + 1 || !IsAscending(edges))
        {
            throw new ChartDataException("Chart_HistogramEdges", counts.Count, counts.Count + 1);
        }

        var centres = new double[counts.Count];
        var widths = new double[counts.Count];
        var bounds = new double[counts.Count][];
        for (var i = 0; i < counts.Count; i++)
        {
            centres[i] = (edges[i] + edges[i + 1]) / 2;
            widths[i] = edges[i + 1] - edges[i];
            bounds[i] = [edges[i], edges[i + 1]];
        }

        var trace = new Trace2D("bar")
            .With("x", centres)
            .With("y", counts)
            .With("width", widths)
            .With("customdata", bounds)
            .With("hovertemplate", "%{customdata[0]:,.4~g} – %{customdata[1]:,.4~g}: %{y:,}<extra></extra>")
            .With("marker", Object(("color", LightStyle.Colors[0]), ("line", Object(("color", "#fff"), ("width", 0.5)))));
        var layout = LightStyle.Layout(histogram.XTitle, histogram.YTitle).With("bargap", 0);
        return new Figure([trace], layout);
    }

    // A single-value column gives one bin of zero width, which still draws (as a line at that value).
    private static bool IsAscending(IReadOnlyList<double> edges)
    {
        for (var i = 1; i < edges.Count; i++)
        {
            if (!(edges[i] >= edges[i - 1]) || !double.IsFinite(edges[i]))
            {
                return false;
            }
        }

        return edges.Count > 0 && double.IsFinite(edges[0]);
    }
}
