using System.Text;
using Nalytiq.Assistant;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary><c>#!ask --providers</c>: each provider, whether it is usable and why, and how to switch. Never a key.</summary>
internal static class AskProvidersFormatter
{
    public static string ToHtml(ProviderReport report, Localizer text)
    {
        var html = new StringBuilder(2048);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(text["Ask_Providers_Title"])).Append("</h3><p>")
            .Append(Html.Encode(text.Format("Ask_Providers_Chosen", text["Ask_ProviderName_" + report.Chosen]))).Append("</p><table><thead><tr>");
        foreach (var header in new[] { "Ask_Providers_Provider", "Ask_Providers_Status", "Ask_Providers_Endpoint", "Ask_Providers_Model", "Ask_Providers_Why" })
        {
            html.Append("<th>").Append(Html.Encode(text[header])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var provider in report.Providers)
        {
            html.Append("<tr><td>").Append(Html.Encode(text["Ask_ProviderName_" + provider.Kind])).Append(" <code>")
                .Append(provider.Kind.ToString().ToLowerInvariant()).Append("</code></td><td>")
                .Append(Html.Encode(text[provider.Available ? "Ask_Providers_Available" : "Ask_Providers_Unavailable"])).Append("</td><td>")
                .Append(Html.Encode(provider.Endpoint ?? "—")).Append("</td><td>").Append(Html.Encode(provider.Model ?? "—")).Append("</td><td>")
                .Append(Html.Encode(provider.Reason.ToString(text))).Append("</td></tr>");
        }

        return html.Append("</tbody></table><p class=\"nq-sub\">").Append(Html.Encode(text["Ask_Providers_HowTo"])).Append("</p></div>").ToString();
    }

    public static string ToPlainText(ProviderReport report, Localizer text)
    {
        var plain = new StringBuilder();
        plain.AppendLine(text["Ask_Providers_Title"]).AppendLine(text.Format("Ask_Providers_Chosen", text["Ask_ProviderName_" + report.Chosen]));
        foreach (var provider in report.Providers)
        {
            plain.Append("  ").Append(provider.Kind.ToString().ToLowerInvariant()).Append(": ")
                .Append(text[provider.Available ? "Ask_Providers_Available" : "Ask_Providers_Unavailable"]).Append(" — ")
                .AppendLine(provider.Reason.ToString(text));
        }

        return plain.AppendLine(text["Ask_Providers_HowTo"]).ToString();
    }
}
