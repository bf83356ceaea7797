using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

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
            GroupedBarChart bars => GroupedBarFigure.Create(bars),
            HistogramChart histogram => HistogramFigure.Create(histogram),
            HeatmapChart heatmap => HeatmapFigure.Create(heatmap),
            LineChart line => LineFigure.Create(line),
            XYChart xy => XYFigure.Create(xy),
            _ => throw new ChartDataException("Chart_UnsupportedKind", chart.GetType().Name),
        };

        var layout = options.Compact
            ? CompactStyle.Apply(figure.Layout)
            : figure.Layout.With("title", Object(("text", chart.Title), ("x", 0.02), ("font", Object(("size", 15)))));
        layout = layout
            .With("width", options.Width)
            .With("height", options.Height)
            .With("separators", PlotlySeparators.For(options.Culture));

        // No default template: ours is a few layout properties (LightStyle); the toolbar only distracts in a report.
        var config = new Config().With("displayModeBar", false).With("responsive", true);
        var display = DisplayOptions.setPlotlyReference(PlotlyScripts.ReferenceFor(options.PlotlyScript)).Invoke(new DisplayOptions());

        var result = GenericChart.ofTraceObjects(false, figure.Traces);
        result = Chart.withLayout(layout).Invoke(result);
        result = Chart.withConfig(config).Invoke(result);
        result = Chart.withDisplayOptions(display).Invoke(result);
        return HtmlFragments.GuardScript(GenericChart.toChartHTML(result));
    }

    /// <inheritdoc />
    public string GetPlotlyJavaScript() => PlotlyScripts.ReadEmbedded();
}
