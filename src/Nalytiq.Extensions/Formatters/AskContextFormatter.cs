using System.Text;
using Nalytiq.Assistant;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary><c>#!ask --show-context</c>: every message exactly as it would be sent, and the fact that nothing was.</summary>
internal static class AskContextFormatter
{
    public static string ToHtml(ContextPreview preview, Localizer text)
    {
        var html = new StringBuilder(4096);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(text["Ask_Context_Title"])).Append("</h3><p>")
            .Append(Html.Encode(Summary(preview, text))).Append("</p>");
        foreach (var dropped in preview.Context.Dropped)
        {
            html.Append("<div class=\"nq-warn\">").Append(Html.Encode(dropped.ToString(text))).Append("</div>");
        }

        foreach (var (role, content) in preview.Messages)
        {
            html.Append("<p><b>").Append(Html.Encode(Role(role, text))).Append("</b></p><pre translate=\"no\" style=\"white-space:pre-wrap\">")
                .Append(Html.Encode(content)).Append("</pre>");
        }

        return html.Append("</div>").ToString();
    }

    public static string ToPlainText(ContextPreview preview, Localizer text)
    {
        var plain = new StringBuilder();
        plain.AppendLine(text["Ask_Context_Title"]).AppendLine(Summary(preview, text));
        foreach (var dropped in preview.Context.Dropped)
        {
            plain.Append("! ").AppendLine(dropped.ToString(text));
        }

        foreach (var (role, content) in preview.Messages)
        {
            plain.AppendLine().Append('[').Append(Role(role, text)).AppendLine("]").AppendLine(content);
        }

        return plain.ToString();
    }

    private static string Summary(ContextPreview preview, Localizer text) => text.Format(
        preview.Provider == ProviderKind.Offline ? "Ask_Context_NothingSentOffline" : "Ask_Context_NothingSent",
        text["Ask_ProviderName_" + preview.Provider],
        preview.Model ?? "—",
        preview.Context.Privacy.ToString().ToLowerInvariant(),
        text.Number(preview.Tokens));

    private static string Role(string role, Localizer text) => role switch
    {
        "system" => text["Ask_Role_System"],
        "assistant" => text["Ask_Role_Assistant"],
        _ => text["Ask_Role_User"],
    };
}
