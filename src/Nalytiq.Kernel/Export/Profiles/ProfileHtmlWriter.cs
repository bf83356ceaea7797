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
internal sealed partial class ProfileHtmlWriter(DataProfile profile, string title, Localizer text, ReportCharts charts, DateTimeOffset now)
{
    public string Write()
    {
        var body = new StringBuilder(32_768);
        AppendOverview(body);
        AppendAlerts(body);
        AppendColumns(body);
        var chartHtml = new StringBuilder();
        AppendDistributions(chartHtml);
        AppendCorrelations(chartHtml);
        var script = !charts.HasProblems && chartHtml.Length > 0 ? charts.ScriptElement() : null;

        var html = new StringBuilder(body.Length + chartHtml.Length + (script?.Length ?? 0) + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Code).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"generator\" content=\"Nalytiq ").Append(Encode(Workbench.Version)).Append("\">")
            .Append("<title>").Append(Encode(text.Format("Analyze_Title", title))).Append("</title><style>").Append(ReportStyle.Css).Append("</style>");
        html.Append(script).Append("</head><body><main><h1>").Append(Encode(text.Format("Analyze_Title", title))).Append("</h1>")
            .Append("<p class=\"sub\">").Append(Encode(text.Format("Export_ReportGenerated", Workbench.Version, text.DateTime(now.UtcDateTime) + " UTC"))).Append("</p>")
            .Append(body);
        foreach (var problem in charts.Problems)
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

    private string Chart(ChartSpec chart, int width, int height) => charts.Render(chart, width, height);

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
