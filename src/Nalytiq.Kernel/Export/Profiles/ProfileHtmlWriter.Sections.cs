using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Charts;

namespace Nalytiq.Export.Profiles;

internal sealed partial class ProfileHtmlWriter
{
    private void AppendOverview(StringBuilder html)
    {
        var overview = profile.Overview;
        html.Append("<table><tbody>");
        Row(html, text["Profile_Rows"], text.Number(overview.Rows));
        Row(html, text["Card_Columns"], text.Number((long)overview.Columns));
        Row(html, text["Profile_MissingCells"], $"{text.Number(overview.MissingCells)} ({text.Percent(overview.MissingCellsShare)})");
        Row(html, text["Profile_DuplicateRows"], $"{text.Number(overview.DuplicateRows)} ({text.Percent(overview.DuplicateRowsShare)})");
        Row(html, text["Profile_Memory"], text.Bytes(overview.MemoryBytes));
        Row(html, text["Card_Type"], string.Join(" · ", overview.TypeCounts.Select(k => $"{text.Number((long)k.Count)} {text["Kind_" + k.Kind]}")));
        html.Append("</tbody></table>");
    }

    private void AppendAlerts(StringBuilder html)
    {
        html.Append("<h2>").Append(Encode(text["Profile_Alerts"])).Append(" (").Append(text.Number((long)profile.Alerts.Count)).Append(")</h2>");
        if (profile.Alerts.Count == 0)
        {
            html.Append("<p>").Append(Encode(text["Analyze_NoAlerts"])).Append("</p>");
            return;
        }

        html.Append("<ul>");
        foreach (var alert in profile.Alerts)
        {
            html.Append("<li><code>").Append(Encode(alert.Type.ToString())).Append("</code> ").Append(Encode(alert.Message.ToString(text))).Append("</li>");
        }

        html.Append("</ul>");
    }

    private void AppendColumns(StringBuilder html)
    {
        html.Append("<h2>").Append(Encode(text["Profile_Columns"])).Append("</h2><table><thead><tr><th>")
            .Append(Encode(text["Card_Column"])).Append("</th><th>").Append(Encode(text["Card_Type"])).Append("</th><th>")
            .Append(Encode(text["Profile_Missing"])).Append("</th><th>").Append(Encode(text["Profile_Distinct"])).Append("</th><th>")
            .Append(Encode(text["Analyze_Summary"])).Append("</th></tr></thead><tbody>");
        foreach (var column in profile.Columns)
        {
            html.Append("<tr><td><b>").Append(Encode(column.Name)).Append("</b></td><td>").Append(Encode(text["Kind_" + column.Kind]))
                .Append("</td><td class=\"n\">").Append(text.Number(column.Missing)).Append(" (").Append(text.Percent(column.MissingShare)).Append(")</td>")
                .Append("<td class=\"n\">").Append(column.IsDistinctEstimate ? "≈" : string.Empty).Append(text.Number(column.Distinct)).Append("</td><td>")
                .Append(Encode(Summary(column))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private string Summary(ColumnProfile column) => column switch
    {
        { Kind: Ingestion.ColumnKind.Time, Numeric: { } n } => string.Join(" · ", new[]
        {
            TimeFigure("Profile_Min", n.Min), TimeFigure("Profile_Mean", n.Mean), TimeFigure("Profile_Median", n.P50),
            TimeFigure("Profile_Max", n.Max), TimeFigure("Profile_StandardDeviation", n.StandardDeviation),
        }.Where(s => s.Length > 0)),
        { Numeric: { } n } => string.Join(" · ", new[]
        {
            Figure("Profile_Min", n.Min, IsInteger(column)), Figure("Profile_Mean", n.Mean), Figure("Profile_Median", n.P50, IsInteger(column)),
            Figure("Profile_Max", n.Max, IsInteger(column)), Figure("Profile_StandardDeviation", n.StandardDeviation),
        }.Where(s => s.Length > 0)),
        { Text: { } t } => $"{text["Profile_TopValues"]}: " + string.Join(", ", t.TopValues.Take(5).Select(v => $"{v.Value} ({text.Number(v.Count)})")),
        { Date: { Min: { } min, Max: { } max } } => $"{text["Profile_Range"]}: {text.DateTime(min)} – {text.DateTime(max)}",
        { Boolean: { } b } => $"{text["Profile_TrueShare"]} {text.Percent(b.TrueShare)} · {text["Profile_FalseShare"]} {text.Percent(b.FalseShare)}",
        _ => string.Empty,
    };

    private string Figure(string key, double? value, bool integer = false) =>
        value is { } v ? $"{text[key]} {text.Number(v, integer || Math.Abs(v) >= 1000 ? 0 : 2)}" : string.Empty;

    // A time column's figures are seconds in the profile; the report shows them as times.
    private string TimeFigure(string key, double? value) =>
        value is { } v ? $"{text[key]} {Ingestion.Columns.TimeText.Format(TimeSpan.FromMilliseconds(Math.Round(v * 1000)))}" : string.Empty;

    private static bool IsInteger(ColumnProfile column) => column.Kind is Ingestion.ColumnKind.Int32 or Ingestion.ColumnKind.Int64;

    private void AppendDistributions(StringBuilder html)
    {
        var numeric = profile.Columns.Where(c => c.Numeric is { Histogram.Count: > 0 }).ToList();
        if (numeric.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(text["Analyze_Distribution"])).Append("</h2><div class=\"charts\">");
        foreach (var column in numeric)
        {
            var bins = column.Numeric!.Histogram;
            var edges = bins.Select(b => b.Lower).Append(bins[^1].Upper).ToList();
            html.Append("<div>").Append(Chart(new HistogramChart(column.Name, column.Name, text["Analyze_Count"], edges, [.. bins.Select(b => b.Count)]), 520, 280)).Append("</div>");
        }

        html.Append("</div>");
    }

    private void AppendCorrelations(StringBuilder html)
    {
        var correlations = profile.Correlations;
        if (correlations.Columns.Count < 2)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(text["Profile_Correlations"])).Append("</h2>")
            .Append(Chart(new HeatmapChart(text["Analyze_HeatmapTitle"], correlations.Columns, correlations.Columns, correlations.Pearson), 640, 520));
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th>").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
}
