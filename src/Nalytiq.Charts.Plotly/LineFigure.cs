using System.Globalization;
using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>Turns a <see cref="LineChart"/> into one line per series over a date axis, with an optional right axis.</summary>
internal static class LineFigure
{
    public static Figure Create(LineChart line)
    {
        foreach (var series in line.Series)
        {
            if (series.Values.Count != line.X.Count)
            {
                throw new ChartDataException("Chart_SeriesLengthMismatch", series.Name, series.Values.Count, line.X.Count);
            }
        }

        // Plotly reads dates as text; the invariant ISO form keeps the JSON independent of the session culture.
        var dates = line.X.Select(FormatDate).ToArray();
        var traces = new List<Trace>(line.Series.Count);
        for (var i = 0; i < line.Series.Count; i++)
        {
            var series = line.Series[i];
            traces.Add(new Trace2D("scatter")
                .With("name", series.Name)
                .With("x", dates)
                .With("y", series.Values)
                .With("mode", line.X.Count > 60 ? "lines" : "lines+markers")
                .With("line", Object(("color", LightStyle.ColorAt(i)), ("width", 2), ("dash", series.Dashed ? "dash" : null)))
                .With("yaxis", series.OnSecondaryAxis ? "y2" : null));
        }

        var layout = LightStyle.Layout(line.XTitle, line.YTitle)
            .With("xaxis", LightStyle.Axis(line.XTitle).With("type", "date"))
            .With("hovermode", "x unified")
            .With("legend", Object(("orientation", "h"), ("y", -0.2)));
        if (line.Series.Any(series => series.OnSecondaryAxis))
        {
            layout.With("yaxis2", LightStyle.Axis(line.SecondaryYTitle).With("overlaying", "y").With("side", "right").With("showgrid", false));
        }

        return new Figure(traces, layout);
    }

    private static string FormatDate(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}
