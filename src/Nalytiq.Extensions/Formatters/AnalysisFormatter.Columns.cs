using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Charts;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

internal static partial class AnalysisFormatter
{
    private static void AppendColumns(StringBuilder html, DataProfile profile, Localizer text, ChartDrawer? drawChart)
    {
        html.Append("<h4>").Append(Html.Encode(text["Profile_Columns"])).Append("</h4><div style=\"overflow-x:auto\"><table><thead><tr><th>")
            .Append(Html.Encode(text["Card_Column"])).Append("</th><th>").Append(Html.Encode(text["Card_Type"]))
            .Append("</th><th class=\"nq-num\">").Append(Html.Encode(text["Profile_Missing"]))
            .Append("</th><th class=\"nq-num\">").Append(Html.Encode(text["Profile_Distinct"]))
            .Append("</th><th>").Append(Html.Encode(text["Analyze_Summary"]))
            .Append("</th><th>").Append(Html.Encode(text["Analyze_Distribution"])).Append("</th></tr></thead><tbody>");
        foreach (var column in profile.Columns)
        {
            html.Append("<tr><td><b>").Append(Html.Encode(column.Name)).Append("</b></td><td>")
                .Append(Html.Encode(ColumnKindNames.Name(column.Kind, text))).Append("</td><td class=\"nq-num\">")
                .Append(Html.Encode($"{text.Number(column.Missing)} ({text.Percent(column.MissingShare)})")).Append("</td><td class=\"nq-num\"")
                .Append(column.IsDistinctEstimate ? $" title=\"{Html.Encode(text["Profile_DistinctEstimate"])}\">≈" : ">")
                .Append(Html.Encode(text.Number(column.Distinct))).Append("</td><td>")
                .Append(Html.Encode(Summary(column, text))).Append("</td><td>");
            if (column.Numeric is { Histogram.Count: > 0 } numeric)
            {
                var edges = numeric.Histogram.Select(b => b.Lower).Append(numeric.Histogram[^1].Upper).ToList();
                html.Append(Chart(drawChart, new HistogramChart(column.Name, column.Name, text["Analyze_Count"], edges, [.. numeric.Histogram.Select(b => b.Count)]), text, compact: true));
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static string Summary(ColumnProfile column, Localizer text)
    {
        if (column.Numeric is { } n)
        {
            var time = column.Kind == ColumnKind.Time;
            return string.Join(" · ", new[]
            {
                Figure(text["Profile_Mean"], n.Mean, text, time),
                Figure(text["Analyze_StdShort"], n.StandardDeviation, text, time),
                Figure(text["Profile_Min"], n.Min, text, time),
                Figure(text["Profile_Median"], n.P50, text, time),
                Figure(text["Profile_Max"], n.Max, text, time),
            }.Where(s => s.Length > 0));
        }

        if (column.Text is { } t)
        {
            return string.Join(" · ", t.TopValues.Take(3).Select(v => $"{Shorten(v.Value)} ({text.Percent(v.Share)})"));
        }

        if (column.Date is { Min: { } min, Max: { } max } d)
        {
            var granularity = d.Granularity is { } g ? $" · {text["Profile_Granularity"]}: {text["Profile_Granularity_" + g]}" : string.Empty;
            return $"{CellText.Format(min, text)} – {CellText.Format(max, text)}{granularity}";
        }

        return column.Boolean is { } b
            ? $"{text["Profile_TrueShare"]} {text.Percent(b.TrueShare)} · {text["Profile_FalseShare"]} {text.Percent(b.FalseShare)}"
            : string.Empty;
    }

    private static string Figure(string label, double? value, Localizer text, bool time) =>
        value is { } v ? $"{label} {(time ? CellText.Seconds(v) : CellText.Figure(v, text))}" : string.Empty;

    private static string Shorten(string value) => value.Length > 24 ? value[..23] + "…" : value;
}
