using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>Turns a <see cref="GroupedBarChart"/> into one bar trace per series, grouped side by side per category.</summary>
internal static class GroupedBarFigure
{
    public static Figure Create(GroupedBarChart bars)
    {
        var traces = new List<Trace>(bars.Series.Count);
        for (var i = 0; i < bars.Series.Count; i++)
        {
            var series = bars.Series[i];
            if (series.Values.Count != bars.Categories.Count)
            {
                throw new ChartDataException("Chart_SeriesLengthMismatch", series.Name, series.Values.Count, bars.Categories.Count);
            }

            traces.Add(new Trace2D("bar")
                .With("name", series.Name)
                .With("x", bars.Categories)
                .With("y", series.Values)
                .With("marker", Object(("color", LightStyle.ColorAt(i)))));
        }

        var layout = LightStyle.Layout(bars.XTitle, bars.YTitle)
            .With("xaxis", BarFigure.Category(bars.XTitle))
            .With("barmode", "group")
            .With("legend", Object(("orientation", "h"), ("y", -0.2)));
        return new Figure(traces, layout);
    }
}
