using System.Text;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

internal static class HelpFormatter
{
    public static string ToHtml(HelpView help, Localizer text)
    {
        var html = new StringBuilder(4096);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(text.Format("Help_Title", help.Version))).Append("</h3>");
        html.Append("<p class=\"nq-sub\">").Append(Html.Encode(text.Format("Help_State", help.HomeDirectory)))
            .Append("<br>").Append(Html.Encode(text.Format("Help_WorkingDirectory", help.WorkingDirectory)))
            .Append("<br>").Append(Html.Encode(text.Format("Help_Language", text["Language_Name"]))).Append("</p>");
        foreach (var command in help.Commands)
        {
            html.Append("<p><code>").Append(Html.Encode(command.Usage)).Append("</code><br>")
                .Append(Html.Encode(command.Description)).Append("</p>");
            if (command.Options.Count > 0)
            {
                html.Append("<table><thead><tr><th>").Append(Html.Encode(text["Help_Option"])).Append("</th><th>")
                    .Append(Html.Encode(text["Help_Meaning"])).Append("</th></tr></thead><tbody>");
                foreach (var (option, meaning) in command.Options)
                {
                    html.Append("<tr><td><code>").Append(Html.Encode(option)).Append("</code></td><td>")
                        .Append(Html.Encode(meaning)).Append("</td></tr>");
                }

                html.Append("</tbody></table>");
            }
        }

        html.Append("</div>");
        return html.ToString();
    }

    public static string ToPlainText(HelpView help, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Help_Title", help.Version));
        builder.AppendLine(text.Format("Help_State", help.HomeDirectory));
        foreach (var command in help.Commands)
        {
            builder.AppendLine().AppendLine(command.Usage).AppendLine("  " + command.Description);
            foreach (var (option, meaning) in command.Options)
            {
                builder.Append("  ").Append(option.PadRight(22)).Append(' ').AppendLine(meaning);
            }
        }

        return builder.ToString();
    }
}
