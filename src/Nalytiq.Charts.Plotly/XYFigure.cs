using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>Turns an <see cref="XYChart"/> into scatter traces over two numeric axes.</summary>
internal static class XYFigure
{
    private const string ReferenceColor = "rgba(127,127,127,.7)";

    public static Figure Create(XYChart chart)
    {
        var traces = new List<Trace>(chart.Series.Count);
        var colour = 0;
        foreach (var series in chart.Series)
        {
            if (series.Y.Count != series.X.Count || (series.Labels is { } labels && labels.Count != series.X.Count))
            {
                throw new ChartDataException("Chart_SeriesLengthMismatch", series.Name, series.Y.Count, series.X.Count);
            }

            var color = series.Reference ? ReferenceColor : LightStyle.ColorAt(colour++);
            var trace = new Trace2D("scatter")
                .With("name", series.Name)
                .With("x", series.X)
                .With("y", series.Y)
                .With("mode", series.Style switch
                {
                    XYStyle.Markers => "markers",
                    XYStyle.Lines => "lines",
                    _ => "lines+markers",
                })
                .With("marker", Object(("color", color), ("size", series.Style == XYStyle.Markers ? 6 : 7), ("opacity", series.Style == XYStyle.Markers ? 0.65 : 1.0)))
                .With("line", Object(("color", color), ("width", 2), ("dash", series.Reference ? "dash" : null)));
            if (series.Labels is not null)
            {
                trace.With("text", series.Labels).With("hovertemplate", "%{text}<br>%{x}: %{y}<extra></extra>");
            }

            traces.Add(trace);
        }

        var xAxis = LightStyle.Axis(chart.XTitle).With("zeroline", false);
        var yAxis = LightStyle.Axis(chart.YTitle).With("zeroline", false);
        if (chart.IntegerX)
        {
            // One tick per trial while they fit; beyond that Plotly spaces them, still as whole numbers.
            xAxis.With("tickformat", "d").With("dtick", chart.Series.Any(series => series.X.Count > 20) ? null : 1);
        }

        if (chart.SquareAxes)
        {
            yAxis.With("scaleanchor", "x").With("scaleratio", 1);
        }

        var layout = LightStyle.Layout(chart.XTitle, chart.YTitle)
            .With("xaxis", xAxis)
            .With("yaxis", yAxis)
            .With("showlegend", chart.Series.Count > 1)
            .With("legend", Object(("orientation", "h"), ("y", -0.2)));
        return new Figure(traces, layout);
    }
}
