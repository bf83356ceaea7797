using System.Text;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The <c>#!lang</c> card, written in the language it names: what changed and how numbers and dates now look.</summary>
internal static class LanguageFormatter
{
    /// <summary>The figures shown as examples of the culture's formats.</summary>
    private static readonly DateTime SampleDate = new(2026, 11, 25, 14, 30, 0, DateTimeKind.Unspecified);

    public static string ToHtml(LanguageView view, Localizer text)
    {
        var html = new StringBuilder(1024);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(Headline(view, text))).Append("</h3>");
        if (view.Warning is { } warning)
        {
            html.Append("<div class=\"nq-warn\">⚠ ").Append(Html.Encode(warning.ToString(text))).Append("</div>");
        }

        html.Append("<table><tbody>");
        foreach (var (label, value) in Rows(text))
        {
            html.Append("<tr><th>").Append(Html.Encode(label)).Append("</th><td>").Append(Html.Encode(value)).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"nq-sub\">").Append(Html.Encode(text["Lang_Choices"])).Append("</p></div>");
        return html.ToString();
    }

    public static string ToPlainText(LanguageView view, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(Headline(view, text));
        if (view.Warning is { } warning)
        {
            builder.Append("⚠ ").AppendLine(warning.ToString(text));
        }

        foreach (var (label, value) in Rows(text))
        {
            builder.Append("  ").Append(label).Append(": ").AppendLine(value);
        }

        builder.AppendLine(text["Lang_Choices"]);
        return builder.ToString();
    }

    private static string Headline(LanguageView view, Localizer text) =>
        text.Format(view.Changed ? "Lang_Changed" : "Lang_Current", text["Language_Name"], text.Culture.Name);

    private static IEnumerable<(string Label, string Value)> Rows(Localizer text)
    {
        yield return (text["Lang_Numbers"], text.Number(1234567.891, 2));
        yield return (text["Lang_Percentages"], text.Percent(0.256));
        yield return (text["Lang_Dates"], text.DateTime(SampleDate) + " · " + SampleDate.ToString("D", text.Culture));
        yield return (text["Lang_Durations"], text.Duration(TimeSpan.FromSeconds(185)));
    }
}
