using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Charts;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;

namespace Nalytiq.Extensions.Formatters;

internal static partial class AnalysisFormatter
{
    private const int MaxGroupSeries = 4;

    private static void AppendCorrelations(StringBuilder html, CorrelationSummary correlations, Localizer text, ChartDrawer? drawChart)
    {
        if (correlations.Columns.Count < 2)
        {
            return;
        }

        html.Append("<h4>").Append(Html.Encode(text["Profile_Correlations"])).Append("</h4>");
        html.Append(Chart(drawChart, new HeatmapChart(text["Analyze_HeatmapTitle"], correlations.Columns, correlations.Columns, correlations.Pearson), text));
        if (correlations.TopPairs.Count == 0)
        {
            return;
        }

        html.Append("<table><thead><tr><th>").Append(Html.Encode(text["Analyze_Pair"])).Append("</th><th class=\"nq-num\">Pearson</th><th class=\"nq-num\">Spearman</th><th class=\"nq-num\">")
            .Append(Html.Encode(text["Analyze_Observations"])).Append("</th></tr></thead><tbody>");
        foreach (var pair in correlations.TopPairs)
        {
            html.Append("<tr><td>").Append(Html.Encode($"{pair.First} ↔ {pair.Second}")).Append("</td><td class=\"nq-num\">")
                .Append(Html.Encode(pair.Pearson is { } p ? text.Number(p, 2) : "—")).Append("</td><td class=\"nq-num\">")
                .Append(Html.Encode(pair.Spearman is { } s ? text.Number(s, 2) : "—")).Append("</td><td class=\"nq-num\">")
                .Append(Html.Encode(text.Number(pair.Observations))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendGroups(StringBuilder html, GroupProfile? groups, Localizer text, ChartDrawer? drawChart)
    {
        if (groups is null)
        {
            return;
        }

        html.Append("<h4>").Append(Html.Encode(text.Format("Analyze_ByTitle", groups.Column))).Append("</h4>");
        if (groups.Groups.Count < groups.TotalGroups)
        {
            html.Append("<p class=\"nq-sub\">").Append(Html.Encode(text.Format("Analyze_GroupsShown", text.Number((long)groups.Groups.Count), text.Number((long)groups.TotalGroups)))).Append("</p>");
        }

        var keys = groups.Groups.Select(g => g.Key ?? "—").ToList();
        var series = groups.NumericColumns.Take(MaxGroupSeries)
            .Select((name, i) => new BarSeries(name, [.. groups.Groups.Select(g => g.Means[i])])).ToList();
        if (series.Count > 0)
        {
            html.Append(Chart(drawChart, new GroupedBarChart(text.Format("Analyze_ByChartTitle", groups.Column), groups.Column, text["Profile_Mean"], keys, series), text));
        }

        html.Append("<table><thead><tr><th>").Append(Html.Encode(groups.Column)).Append("</th><th class=\"nq-num\">").Append(Html.Encode(text["Profile_Rows"]))
            .Append("</th><th class=\"nq-num\">").Append(Html.Encode(text["Profile_MissingCells"])).Append("</th>");
        foreach (var name in groups.NumericColumns)
        {
            html.Append("<th class=\"nq-num\">").Append(Html.Encode(text.Format("Chart_TimeSeriesMean", name))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var group in groups.Groups)
        {
            html.Append("<tr><td>").Append(Html.Encode(group.Key ?? "—")).Append("</td><td class=\"nq-num\">").Append(text.Number(group.Count))
                .Append("</td><td class=\"nq-num\">").Append(text.Number(group.MissingCells)).Append("</td>");
            foreach (var mean in group.Means)
            {
                html.Append("<td class=\"nq-num\">").Append(Html.Encode(mean is { } m ? CellText.Format(m, text) : "—")).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendTimeSeries(StringBuilder html, AnalysisResult result, Localizer text, ChartDrawer? drawChart)
    {
        if (result.TimeSeries is not { } series || result.TimeColumn is not { } column)
        {
            return;
        }

        html.Append("<h4>").Append(Html.Encode(text.Format("Analyze_TimeTitle", column, series.Period.Name().ToString(text)))).Append("</h4>");
        html.Append(Chart(drawChart, TimeSeriesCharts.Trend(series, column, text), text));
        var trends = series.Columns.Where(c => c.Trend is not null).Take(3)
            .Select(c => text.Format("Analyze_TrendLine", c.Name, text.Number(c.Trend!.Slope, 3), series.Period.Name().ToString(text)));
        html.Append("<p class=\"nq-sub\">").Append(Html.Encode(string.Join(" · ", trends))).Append("</p>");
    }
}
