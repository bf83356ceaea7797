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
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;padding:0 1rem}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
        .sub{color:#57606a;margin-top:0}table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border-bottom:1px solid #eaeef2;padding:.35rem .6rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.warn{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .8rem;border-radius:6px}
        .charts{display:flex;flex-wrap:wrap;gap:1rem}.charts>div{flex:0 0 auto}code{background:#f6f8fa;padding:0 .3rem;border-radius:4px}
        """;

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
            .Append("<title>").Append(Encode(text.Format("Analyze_Title", title))).Append("</title><style>").Append(Style).Append("</style>");
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
