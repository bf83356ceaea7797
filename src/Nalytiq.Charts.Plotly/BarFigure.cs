using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>Turns a <see cref="BarChart"/> into one column trace.</summary>
internal static class BarFigure
{
    public static Figure Create(BarChart bar)
    {
        if (bar.Categories.Count != bar.Values.Count)
        {
            throw new ChartDataException("Chart_LengthMismatch", bar.Categories.Count, bar.Values.Count);
        }

        var trace = new Trace2D("bar")
            .With("x", bar.Categories)
            .With("y", bar.Values)
            .With("marker", Object(("color", LightStyle.Colors[0])));
        return new Figure([trace], LightStyle.Layout(bar.XTitle, bar.YTitle).With("xaxis", Category(bar.XTitle)));
    }

    // Categories such as "2024" would otherwise be read as numbers and spaced on a linear axis.
    internal static DynamicObj.DynamicObj Category(string title) => LightStyle.Axis(title).With("type", "category");
}
