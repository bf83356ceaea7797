using Nalytiq.Charts;
using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>
/// The charts of an exported HTML report, drawn by plotly.js inlined once in the page. When the chart components are
/// missing or fail, the report falls back to a note saying so in place of the charts, and is written all the same.
/// </summary>
internal sealed class ReportCharts(IChartRenderer charts, Localizer text)
{
    private readonly List<string> _problems = [];

    /// <summary>Whether a chart or the library could not be had.</summary>
    public bool HasProblems => _problems.Count > 0;

    /// <summary>What went wrong, once each, in the session language.</summary>
    public IEnumerable<string> Problems => _problems.Distinct();

    /// <summary>The chart as an HTML fragment for the page, or empty (and noted) when it cannot be drawn.</summary>
    public string Render(ChartSpec chart, int width, int height) => Try(
        () => charts.RenderHtml(chart, new ChartRenderOptions
        {
            Culture = text.Culture,
            Width = width,
            Height = height,
            PlotlyScript = PlotlyScriptReference.None,
        })) ?? string.Empty;

    /// <summary>The inlined plotly.js element for the page's head, or null (and noted) when the library cannot be had.</summary>
    public string? ScriptElement() => Try(charts.GetPlotlyScriptElement);

    private string? Try(Func<string> draw)
    {
        try
        {
            return draw();
        }
        catch (NalytiqException e)
        {
            _problems.Add(text.Format("Export_ChartsUnavailable", e.Localize(text)));
            return null;
        }
    }
}
