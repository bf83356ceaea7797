using Nalytiq.Assistant;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests.Assistant;

/// <summary>The answer card renders Markdown, and never runs HTML an answer contains.</summary>
public sealed class AskFormatterTests
{
    private static readonly AssistantAnswer Answer = new(
        "What drives yield?",
        "**Rainfall** drives it:\n\n| district | kg |\n|---|---|\n| Huye | 4,213 |\n\n<script>alert('x')</script>",
        true, ProviderKind.OpenAI, "m", PrivacyLevel.Stats, 500, 40, TimeSpan.FromSeconds(2.5), ["harvests"],
        [new ToolCall("quantile", "dataset=harvests, column=kg, q=0.9", "q0.9 = 7000 (n=40)")],
        [new LocalizedText("Ask_Note_Retried", 1)]);

    [Fact]
    public void Markdown_becomes_html_and_raw_html_is_shown_as_text()
    {
        var html = AskFormatter.ToHtml(Answer, Localizer.English);

        html.ShouldContain("<strong>Rainfall</strong>");
        html.ShouldContain("<td>Huye</td>");
        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("<code>quantile</code>");
        html.ShouldContain("answered after retrying 1 time(s)");
    }

    [Fact]
    public void The_card_speaks_the_session_language_with_its_number_formats()
    {
        var text = AskFormatter.ToPlainText(Answer, Localizer.French);

        text.ShouldContain("Point d’accès compatible OpenAI · modèle m · confidentialité stats · 500 jetons envoyés, 40 reçus · 2,50 s");
        text.ShouldContain("Outils appelés (1)");
    }
}
