using Nalytiq.Assistant.Tests.Loopback;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>The model is told to answer in the session language, and offline answers are written in it.</summary>
public sealed class LanguageTests
{
    [Theory]
    [InlineData(Language.English, "Answer in English.")]
    [InlineData(Language.French, "Réponds en français.")]
    [InlineData(Language.Kinyarwanda, "Subiza mu Kinyarwanda.")]
    public async Task The_instructions_sent_ask_for_the_session_language(Language language, string instruction)
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("ok"));
        await using var bench = AssistantFixture.Create(language).UseEndpoint(server.Endpoint);

        await bench.Workbench.AskAsync(AssistantFixture.Ask(string.Empty) with { Prompt = AskPrompt.Drivers });

        var messages = RequestBody.Messages(server.Requests.Single().Body);
        messages[0].Role.ShouldBe("system");
        messages[0].Content.ShouldContain(instruction);
        messages[^1].Content.ShouldBe(Localizer.For(language)["Ask_Prompt_Drivers"]);
    }

    [Fact]
    public async Task A_Kinyarwanda_summary_is_written_in_Kinyarwanda_with_Rwandan_number_formats()
    {
        await using var bench = AssistantFixture.Create(Language.Kinyarwanda);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask(string.Empty) with { Prompt = AskPrompt.Summary });

        answer.Markdown.ShouldContain("`harvests` ifite imirongo 240 n’inkingi 6.");
        answer.Markdown.ShouldContain("- `yield_kg`: 12 bibura (5,0%)");
    }

    [Fact]
    public async Task Alerts_are_answered_offline_with_the_profiles_alert_messages()
    {
        await using var bench = AssistantFixture.Create(Language.French);
        var profile = (await bench.Workbench.AnalyzeAsync("harvests", AssistantFixture.Harvests)).Profile;

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Y a-t-il des problèmes ?"));

        answer.Markdown.ShouldContain($"Alertes dans `harvests` ({profile.Alerts.Count}) :");
        answer.Markdown.ShouldContain(profile.Alerts[0].Message.ToString(Localizer.French));
    }
}
