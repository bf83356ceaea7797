using Nalytiq.Localization;
using Plotly.NET;
using PlotlyCSharp = Plotly.NET.CSharp;

namespace Nalytiq.Charts.Plotly;

/// <summary>Turns a <see cref="BarChart"/> into a Plotly column chart.</summary>
internal static class BarFigure
{
    public static GenericChart Create(BarChart bar)
    {
        if (bar.Categories.Count != bar.Values.Count)
        {
            throw new NalytiqException(new LocalizedText("Chart_LengthMismatch", bar.Categories.Count, bar.Values.Count));
        }

        // Plotly.NET calls vertical bars "columns"; its Bar is horizontal.
        var figure = PlotlyCSharp.Chart.Column<double, string, string>(values: bar.Values, Keys: bar.Categories.ToArray());
        figure = PlotlyCSharp.GenericChartExtensions.WithXAxisStyle<IConvertible, IConvertible, IConvertible>(figure, TitleText: bar.XTitle);
        return PlotlyCSharp.GenericChartExtensions.WithYAxisStyle<IConvertible, IConvertible, IConvertible>(figure, TitleText: bar.YTitle);
    }
}
