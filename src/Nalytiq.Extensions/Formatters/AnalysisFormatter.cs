using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Caching;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// The <c>#!analyze</c> output: where the profile came from, an overview, the alerts, a column table with small
/// histograms, the correlation heatmap, and the group and time-series views when asked for.
/// </summary>
internal static partial class AnalysisFormatter
{
    public static string ToHtml(AnalysisResult result, Localizer text, ChartDrawer? drawChart)
    {
        var profile = result.Profile;
        var html = new StringBuilder(16_384);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(text.Format("Analyze_Title", result.Name))).Append("</h3>");
        html.Append("<p class=\"nq-sub\">").Append(Html.Encode(Provenance(result, text))).Append("</p>");
        if (result.CacheWarning is { } warning)
        {
            html.Append("<div class=\"nq-warn\">⚠ ").Append(Html.Encode(warning.ToString(text))).Append("</div>");
        }

        AppendOverview(html, profile.Overview, text);
        AppendAlerts(html, profile.Alerts, text);
        AppendColumns(html, profile, text, drawChart);
        AppendCorrelations(html, profile.Correlations, text, drawChart);
        AppendGroups(html, profile.Groups, text, drawChart);
        AppendTimeSeries(html, result, text, drawChart);
        html.Append("</div>");
        return html.ToString();
    }

    public static string ToPlainText(AnalysisResult result, Localizer text)
    {
        var overview = result.Profile.Overview;
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Analyze_Title", result.Name)).AppendLine(Provenance(result, text));
        builder.AppendLine(text.Format("Analyze_PlainOverview", text.Number(overview.Rows), text.Number((long)overview.Columns), text.Percent(overview.MissingCellsShare), text.Number(overview.DuplicateRows)));
        foreach (var alert in result.Profile.Alerts)
        {
            builder.Append("  ! ").Append(alert.Type).Append(": ").AppendLine(alert.Message.ToString(text));
        }

        return builder.ToString();
    }

    /// <summary>"Computed in 0.4 s", or "From memory · computed 3 minutes ago": the analyst sees whether anything ran.</summary>
    private static string Provenance(AnalysisResult result, Localizer text)
    {
        var fingerprint = result.Fingerprint.Length > 12 ? result.Fingerprint[..12] : result.Fingerprint;
        return result.Source == CacheSource.Computed
            ? text.Format("Analyze_Computed", text.Duration(result.Elapsed), fingerprint)
            : text.Format("Analyze_FromCache", result.Source.Describe(), text.RelativeTime(result.Age), text.Duration(result.Elapsed), fingerprint);
    }

    private static void AppendOverview(StringBuilder html, ProfileOverview overview, Localizer text)
    {
        html.Append("<div class=\"nq-chips\">");
        Chip(html, text["Profile_Rows"], text.Number(overview.Rows));
        Chip(html, text["Card_Columns"], text.Number((long)overview.Columns));
        Chip(html, text["Profile_Memory"], text.Bytes(overview.MemoryBytes));
        Chip(html, text["Profile_MissingCells"], $"{text.Number(overview.MissingCells)} ({text.Percent(overview.MissingCellsShare)})");
        Chip(html, text["Profile_DuplicateRows"], $"{text.Number(overview.DuplicateRows)} ({text.Percent(overview.DuplicateRowsShare)})");
        Chip(html, text["Card_Type"], string.Join(" · ", overview.TypeCounts.Select(k => $"{text.Number((long)k.Count)} {ColumnKindNames.Name(k.Kind, text)}")));
        html.Append("</div>");
    }

    private static void AppendAlerts(StringBuilder html, IReadOnlyList<ProfileAlert> alerts, Localizer text)
    {
        html.Append("<h4>").Append(Html.Encode(text["Profile_Alerts"])).Append(" (").Append(text.Number((long)alerts.Count)).Append(")</h4>");
        if (alerts.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(text["Analyze_NoAlerts"])).Append("</p>");
            return;
        }

        html.Append("<table><tbody>");
        foreach (var alert in alerts)
        {
            html.Append("<tr><td><code>").Append(Html.Encode(alert.Type.ToString())).Append("</code></td><td>")
                .Append(Html.Encode(alert.Message.ToString(text))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Chip(StringBuilder html, string label, string value) =>
        html.Append("<span><b>").Append(Html.Encode(label)).Append("</b> ").Append(Html.Encode(value)).Append("</span>");

    private static string Chart(ChartDrawer? drawChart, Charts.ChartSpec chart, Localizer text, bool compact = false) =>
        Html.Chart(drawChart, chart, text, compact);
}
