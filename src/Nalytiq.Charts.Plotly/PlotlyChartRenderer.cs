using Nalytiq.Localization;
using Plotly.NET;
using PlotlyCSharp = Plotly.NET.CSharp;

namespace Nalytiq.Charts.Plotly;

/// <summary>
/// Draws Nalytiq charts with Plotly.NET. The engine's chart runtime creates it by name inside the private chart load
/// context, where FSharp.Core 10.1 lives; only the engine's contract types cross that boundary.
/// </summary>
public sealed class PlotlyChartRenderer : IChartRenderer
{
    /// <inheritdoc />
    public string RenderHtml(ChartSpec chart, ChartRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);

        var figure = chart switch
        {
            BarChart bar => BarFigure.Create(bar),
            _ => throw new NalytiqException(new LocalizedText("Chart_UnsupportedKind", chart.GetType().Name)),
        };

        // Plotly.NET's F# optional parameters are plain FSharpOption parameters to C#: null means "not set".
        figure = Chart.withTitle(chart.Title, TitleFont: null).Invoke(figure);
        figure = PlotlyCSharp.GenericChartExtensions.WithSize(figure, Width: options.Width, Height: options.Height);

        var layout = new Layout();
        layout.SetProperty("separators", PlotlySeparators.For(options.Culture));
        figure = Chart.withLayout(layout).Invoke(figure);

        var display = DisplayOptions.setPlotlyReference(PlotlyScripts.ReferenceFor(options.PlotlyScript)).Invoke(new DisplayOptions());
        figure = Chart.withDisplayOptions(display).Invoke(figure);
        return HtmlFragments.GuardScript(GenericChart.toChartHTML(figure));
    }

    /// <inheritdoc />
    public string GetPlotlyJavaScript() => PlotlyScripts.ReadEmbedded();
}
