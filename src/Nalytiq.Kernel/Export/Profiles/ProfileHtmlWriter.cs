using System.Net;
using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Charts;
using Nalytiq.Localization;

namespace Nalytiq.Export.Profiles;

/// <summary>
/// A profile as one HTML file to hand on: every label in the session language, numbers in its culture, and charts
/// drawn by the plotly.js bundled with Plotly.NET, inlined once in the page, so it opens offline and anywhere.
/// </summary>
internal sealed partial class ProfileHtmlWriter(DataProfile profile, string title, Localizer text, IChartRenderer charts, DateTimeOffset now)
{
    private readonly List<string> _chartProblems = [];

    public string Write()
    {
        var body = new StringBuilder(32_768);
        AppendOverview(body);
        AppendAlerts(body);
        AppendColumns(body);
        var chartHtml = new StringBuilder();
        AppendDistributions(chartHtml);
        AppendCorrelations(chartHtml);
        var script = _chartProblems.Count == 0 && chartHtml.Length > 0 ? PlotlyScript() : null;

        var html = new StringBuilder(body.Length + chartHtml.Length + (script?.Length ?? 0) + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Code).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"generator\" content=\"Nalytiq ").Append(Encode(Workbench.Version)).Append("\">")
            .Append("<title>").Append(Encode(text.Format("Analyze_Title", title))).Append("</title><style>").Append(ReportStyle.Css).Append("</style>");
        if (script is not null)
        {
            // A closing script tag inside the library would end the element early; plotly.js has none, but be safe.
            html.Append("<script>").Append(script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)).Append("</script>");
        }

        html.Append("</head><body><main><h1>").Append(Encode(text.Format("Analyze_Title", title))).Append("</h1>")
            .Append("<p class=\"sub\">").Append(Encode(text.Format("Export_ReportGenerated", Workbench.Version, text.DateTime(now.UtcDateTime) + " UTC"))).Append("</p>")
            .Append(body);
        foreach (var problem in _chartProblems.Distinct())
        {
            html.Append("<p class=\"warn\">").Append(Encode(problem)).Append("</p>");
        }

        if (script is not null)
        {
            html.Append(chartHtml);
        }

        html.Append("</main></body></html>\n");
        return html.ToString();
    }

    private string? PlotlyScript()
    {
        try
        {
            return charts.GetPlotlyJavaScript();
        }
        catch (NalytiqException e)
        {
            _chartProblems.Add(text.Format("Export_ChartsUnavailable", e.Localize(text)));
            return null;
        }
    }

    private string Chart(ChartSpec chart, int width, int height)
    {
        try
        {
            return charts.RenderHtml(chart, new ChartRenderOptions
            {
                Culture = text.Culture,
                Width = width,
                Height = height,
                PlotlyScript = PlotlyScriptReference.None,
            });
        }
        catch (NalytiqException e)
        {
            _chartProblems.Add(text.Format("Export_ChartsUnavailable", e.Localize(text)));
            return string.Empty;
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
