using System.Text;
using Nalytiq.Charts;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary><c>#!runs --compare</c>: runs in columns, params and metrics in rows, and a grouped bar chart of the metrics.</summary>
internal static class RunComparisonFormatter
{
    public static string ToHtml(RunComparisonView view, Localizer text, ChartDrawer? drawChart)
    {
        var comparison = view.Comparison;
        var runs = comparison.Runs;
        var html = new StringBuilder(8192);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(text.Format("Runs_CompareTitle", text.Number((long)runs.Count)))).Append("</h3>");
        html.Append("<table><thead><tr><th></th>");
        foreach (var run in runs)
        {
            html.Append("<th><code title=\"").Append(Html.Encode(run.Id)).Append("\">").Append(Html.Encode(run.ShortId)).Append("</code><span class=\"nq-type\">")
                .Append(Html.Encode(run.Name ?? string.Empty)).Append("</span></th>");
        }

        html.Append("</tr></thead><tbody>");
        Row(html, text["Runs_Col_Experiment"], runs.Select(r => r.Experiment));
        Row(html, text["Runs_Col_Status"], runs.Select(r => RunCells.Status(r, text)));
        Row(html, text["Runs_Col_Dataset"], runs.Select(r => RunCells.Dataset(r, text)));
        Row(html, text["Runs_Col_Duration"], runs.Select(r => RunCells.Duration(r, text)));
        Section(html, text["Runs_Metrics"], runs.Count);
        foreach (var metric in comparison.MetricKeys)
        {
            html.Append("<tr><td>").Append(Html.Encode(metric)).Append("</td>");
            foreach (var run in runs)
            {
                var value = run.Metric(metric);
                var best = RunCells.IsBest(metric, value, runs);
                html.Append("<td class=\"nq-num\">").Append(best ? "<b>" : string.Empty).Append(Html.Encode(RunCells.Metric(value, text)))
                    .Append(best ? "</b>" : string.Empty).Append("</td>");
            }

            html.Append("</tr>");
        }

        Section(html, text["Runs_Params"], runs.Count);
        foreach (var key in comparison.ParamKeys)
        {
            var label = comparison.Differs(key) ? $"{key} ≠" : key;
            Row(html, label, runs.Select(r => r.Params.TryGetValue(key, out var v) ? v : "—"));
        }

        html.Append("</tbody></table>");
        if (drawChart is not null && Chart(comparison, text) is { } chart)
        {
            html.Append(drawChart(chart));
        }

        html.Append("</div>");
        return html.ToString();
    }

    public static string ToPlainText(RunComparisonView view, Localizer text)
    {
        var comparison = view.Comparison;
        var runs = comparison.Runs;
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Runs_CompareTitle", text.Number((long)runs.Count)));
        builder.Append("  ").AppendJoin(" | ", runs.Select(r => $"{r.ShortId} {r.Name}".TrimEnd())).AppendLine();
        foreach (var metric in comparison.MetricKeys)
        {
            builder.Append("  ").Append(metric).Append(": ").AppendJoin(" | ", runs.Select(r => RunCells.Metric(r.Metric(metric), text))).AppendLine();
        }

        foreach (var key in comparison.ParamKeys)
        {
            builder.Append("  ").Append(key).Append(": ").AppendJoin(" | ", runs.Select(r => r.Params.GetValueOrDefault(key) ?? "—")).AppendLine();
        }

        return builder.ToString();
    }

    /// <summary>One group of bars per metric, one bar per run; null when no run has a metric.</summary>
    internal static GroupedBarChart? Chart(RunComparison comparison, Localizer text)
    {
        if (comparison.MetricKeys.Count == 0)
        {
            return null;
        }

        IReadOnlyList<RunInfo> runs = comparison.Runs;
        var series = runs
            .Select(r => new BarSeries(
                r.Name is null ? r.ShortId : $"{r.ShortId} {r.Name}",
                [.. comparison.MetricKeys.Select(k => r.Metric(k) is { } v && double.IsFinite(v) ? v : (double?)null)]))
            .ToArray();
        return new GroupedBarChart(text["Runs_CompareChart"], text["Runs_Metric"], text["Runs_Value"], comparison.MetricKeys, series);
    }

    private static void Row(StringBuilder html, string label, IEnumerable<string> values)
    {
        html.Append("<tr><td>").Append(Html.Encode(label)).Append("</td>");
        foreach (var value in values)
        {
            html.Append("<td>").Append(Html.Cell(value, 40)).Append("</td>");
        }

        html.Append("</tr>");
    }

    private static void Section(StringBuilder html, string title, int columns) =>
        html.Append("<tr><th colspan=\"").Append(columns + 1).Append("\">").Append(Html.Encode(title)).Append("</th></tr>");
}
