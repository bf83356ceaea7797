using System.Text;
using Nalytiq.Caching;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The <c>#!cache</c> card: where results are kept and how well the cache has served.</summary>
internal static class CacheFormatter
{
    public static string ToHtml(CacheView view, Localizer text)
    {
        var statistics = view.Statistics;
        var html = new StringBuilder(2048);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(text["Cache_Title"])).Append("</h3>");
        if (view.Removed is { } removed)
        {
            html.Append("<p>").Append(Html.Encode(text.Format("Cache_Cleared", text.Number(removed)))).Append("</p>");
        }

        if (statistics.Warning is { } warning)
        {
            html.Append("<div class=\"nq-warn\">⚠ ").Append(Html.Encode(warning.ToString(text))).Append("</div>");
        }

        html.Append("<table><tbody>");
        foreach (var (label, value) in Rows(statistics, text))
        {
            html.Append("<tr><th>").Append(Html.Encode(label)).Append("</th><td>").Append(Html.Encode(value)).Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
        return html.ToString();
    }

    public static string ToPlainText(CacheView view, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(text["Cache_Title"]);
        if (view.Removed is { } removed)
        {
            builder.AppendLine(text.Format("Cache_Cleared", text.Number(removed)));
        }

        foreach (var (label, value) in Rows(view.Statistics, text))
        {
            builder.Append("  ").Append(label).Append(": ").AppendLine(value);
        }

        return builder.ToString();
    }

    private static IEnumerable<(string Label, string Value)> Rows(CacheStatistics statistics, Localizer text)
    {
        yield return (text["Cache_Mode"], statistics.Mode.Describe().ToString(text));
        yield return (text["Cache_Location"], statistics.Location);
        yield return (text["Cache_Connected"], text[statistics.Connected ? "Value_Yes" : "Value_No"]);
        yield return (text["Cache_Hits"], text.Format("Cache_HitsDetail", text.Number(statistics.Hits), text.Number(statistics.MemoryHits), text.Number(statistics.GarnetHits)));
        yield return (text["Cache_Misses"], text.Number(statistics.Misses));
        yield return (text["Cache_Entries"], statistics.Entries is { } entries ? text.Number(entries) : "—");
        yield return (text["Cache_Size"], statistics.SizeBytes is { } size ? text.Bytes(size) : "—");
    }
}
