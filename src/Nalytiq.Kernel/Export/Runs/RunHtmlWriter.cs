using System.Net;
using System.Text;
using Nalytiq.Charts;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Export.Runs;

/// <summary>
/// A training run as one HTML file to hand on: overview, metrics, the validation score of every trial as a chart,
/// parameters, tags, the input data's lineage and the artifacts, in the session language, plotly.js inlined.
/// </summary>
internal sealed class RunHtmlWriter(RunInfo run, IReadOnlyList<MetricPoint> history, Localizer text, ReportCharts charts, DateTimeOffset now)
{
    public string Write()
    {
        var title = text.Format("Export_RunTitle", run.ShortId, run.Experiment);
        var body = new StringBuilder(16_384);
        Table(body, null, Overview());
        Table(body, text["Runs_Metrics"], [.. run.Metrics.Values.Where(m => !m.Key.Contains('.', StringComparison.Ordinal)).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (MetricName(m.Key), text.Number(m.Value, 4)))]);
        var chartHtml = new StringBuilder();
        foreach (var series in history.GroupBy(p => p.Key).Where(g => g.Count() > 1))
        {
            var points = series.OrderBy(p => p.Step).ToArray();
            var name = MetricName(series.Key);
            chartHtml.Append(Chart(new XYChart(
                text.Format("Export_RunMetricChart", name),
                text["Train_Col_Trial"],
                name,
                [new XYSeries(name, [.. points.Select(p => (double)p.Step)], [.. points.Select(p => (double?)p.Value)], XYStyle.LinesAndMarkers)])
            { IntegerX = true }));
        }

        Table(body, text["Runs_Params"], [.. run.Params.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))]);
        Table(body, text["Export_RunTags"], [.. run.Tags.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))]);
        if (run.Dataset is { } dataset)
        {
            Table(body, text["Export_RunLineage"], [.. dataset.Schema.Select(c => (c.Name, c.Type))]);
        }

        Table(body, text["Runs_Artifacts"], [.. run.Artifacts.Select(a => (a.Path, text.Bytes(a.SizeBytes)))]);
        var script = chartHtml.Length > 0 ? charts.ScriptElement() : null;

        var html = new StringBuilder(body.Length + chartHtml.Length + (script?.Length ?? 0) + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Code).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"generator\" content=\"Nalytiq ").Append(Encode(Workbench.Version)).Append("\">")
            .Append("<title>").Append(Encode(title)).Append("</title><style>").Append(ReportStyle.Css).Append("</style>");
        html.Append(script).Append("</head><body><main data-nalytiq-run=\"").Append(Encode(run.Id)).Append("\"><h1>").Append(Encode(title)).Append("</h1>")
            .Append("<p class=\"sub\">").Append(Encode(text.Format("Export_ReportGenerated", Workbench.Version, text.DateTime(now.UtcDateTime) + " UTC"))).Append("</p>");
        if (run.Error is { Length: > 0 } error)
        {
            html.Append("<p class=\"warn\">").Append(Encode(error)).Append("</p>");
        }

        html.Append(body);
        if (script is not null && chartHtml.Length > 0)
        {
            html.Append("<h2>").Append(Encode(text["Export_RunTrials"])).Append("</h2><div class=\"charts\">").Append(chartHtml).Append("</div>");
        }

        foreach (var problem in charts.Problems)
        {
            html.Append("<p class=\"warn\">").Append(Encode(problem)).Append("</p>");
        }

        return html.Append("</main></body></html>\n").ToString();
    }

    private List<(string Label, string Value)> Overview()
    {
        var rows = new List<(string, string)>
        {
            (text["Runs_Col_Run"], run.Id),
            (text["Runs_Col_Experiment"], run.Experiment),
            (text["Runs_Col_Status"], text["Runs_Status_" + run.Status]),
            (text["Runs_Col_Started"], text.DateTime(run.StartTime.UtcDateTime) + " UTC"),
            (text["Runs_Col_Duration"], run.Duration is { } duration ? text.Duration(duration) : "—"),
        };
        if (run.Dataset is { } dataset)
        {
            rows.Add((text["Runs_Col_Dataset"], text.Format("Runs_DatasetRows", dataset.Name, text.Number(dataset.Rows))));
            rows.Add((text["Runs_Fingerprint"], dataset.Fingerprint));
        }

        rows.Add((text["Runs_Versions"], $"Nalytiq {run.NalytiqVersion} · ML.NET {run.MlNetVersion ?? "—"}"));
        return rows;
    }

    /// <summary>A metric's name in the session language (<c>validation.auc</c> as the AUC's own name); others as logged.</summary>
    private string MetricName(string key)
    {
        var name = key.StartsWith(RunRecord.ValidationPrefix, StringComparison.Ordinal) ? key[RunRecord.ValidationPrefix.Length..] : key;
        return MetricNames.TryResourceKey(name) is { } resource ? text[resource] : key;
    }

    private static void Table(StringBuilder body, string? heading, List<(string Label, string Value)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (heading is not null)
        {
            body.Append("<h2>").Append(Encode(heading)).Append("</h2>");
        }

        body.Append("<table><tbody>");
        foreach (var (label, value) in rows)
        {
            body.Append("<tr><th>").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        }

        body.Append("</tbody></table>");
    }

    private string Chart(ChartSpec chart) => charts.Render(chart, 520, 320);

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
