using System.Text;
using Nalytiq.Assistant;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The answer card: the question, the answer as rendered Markdown, who answered at what cost, tools and notes.</summary>
internal static class AskFormatter
{
    public static string ToHtml(AssistantAnswer answer, Localizer text)
    {
        var html = new StringBuilder(4096);
        html.Append(Html.Style).Append("<div class=\"nq nq-ask\">");
        if (answer.Question.Length > 0)
        {
            // The analyst's own words: marked so translation tools (and our language checks) leave them as written.
            html.Append("<h3 translate=\"no\">").Append(Html.Encode(answer.Question)).Append("</h3>");
        }

        html.Append("<p class=\"nq-sub\">").Append(Html.Encode(Meta(answer, text))).Append("</p>");
        foreach (var note in answer.Notes)
        {
            html.Append("<div class=\"nq-warn\">").Append(Html.Encode(note.ToString(text))).Append("</div>");
        }

        html.Append("<div class=\"nq-answer\">").Append(MarkdownHtml.Render(answer.Markdown)).Append("</div>");
        if (!answer.IsComplete)
        {
            html.Append("<p class=\"nq-sub\">").Append(Html.Encode(text["Ask_Card_Streaming"])).Append("</p>");
        }

        if (answer.Tools.Count > 0)
        {
            html.Append("<details><summary>").Append(Html.Encode(text.Format("Ask_Card_Tools", text.Number(answer.Tools.Count)))).Append("</summary><table><thead><tr>");
            foreach (var header in new[] { "Ask_Card_Tool", "Ask_Card_Arguments", "Ask_Card_Result" })
            {
                html.Append("<th>").Append(Html.Encode(text[header])).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var tool in answer.Tools)
            {
                html.Append("<tr><td><code>").Append(Html.Encode(tool.Name)).Append("</code></td><td>").Append(Html.Cell(tool.Arguments, 120))
                    .Append("</td><td>").Append(Html.Cell(tool.Result, 200)).Append("</td></tr>");
            }

            html.Append("</tbody></table></details>");
        }

        return html.Append("</div>").ToString();
    }

    public static string ToPlainText(AssistantAnswer answer, Localizer text)
    {
        var plain = new StringBuilder();
        if (answer.Question.Length > 0)
        {
            plain.AppendLine(answer.Question);
        }

        plain.AppendLine(Meta(answer, text));
        foreach (var note in answer.Notes)
        {
            plain.Append("! ").AppendLine(note.ToString(text));
        }

        plain.AppendLine().AppendLine(answer.Markdown);
        if (!answer.IsComplete)
        {
            plain.AppendLine(text["Ask_Card_Streaming"]);
        }
        if (answer.Tools.Count > 0)
        {
            plain.AppendLine().AppendLine(text.Format("Ask_Card_Tools", text.Number(answer.Tools.Count)));
            foreach (var tool in answer.Tools)
            {
                plain.Append("  ").Append(tool.Name).Append('(').Append(tool.Arguments).Append(") → ").AppendLine(tool.Result);
            }
        }

        return plain.ToString();
    }

    private static string Meta(AssistantAnswer answer, Localizer text) => text.Format(
        "Ask_Card_Meta",
        text["Ask_ProviderName_" + answer.Provider],
        answer.Model ?? "—",
        answer.Privacy.ToString().ToLowerInvariant(),
        text.Number(answer.PromptTokens),
        text.Number(answer.CompletionTokens),
        text.Duration(answer.Elapsed),
        answer.Datasets.Count == 0 ? "—" : string.Join(", ", answer.Datasets));

    public static string WaitingHtml(AskWaitingView view, Localizer text) =>
        $"{Html.Style}<div class=\"nq\"><p class=\"nq-sub\">{Html.Encode(text.Format("Ask_Waiting", view.Question, text.Duration(view.Elapsed)))}</p></div>";

    public static string WaitingText(AskWaitingView view, Localizer text) => text.Format("Ask_Waiting", view.Question, text.Duration(view.Elapsed));
}
