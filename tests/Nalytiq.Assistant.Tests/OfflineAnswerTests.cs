using Nalytiq.Analysis;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>Offline answers, checked against the profile's own figures, in the three languages.</summary>
public sealed class OfflineAnswerTests
{
    [Fact]
    public async Task With_no_provider_the_automatic_choice_answers_offline_and_says_so()
    {
        await using var bench = AssistantFixture.Create();

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));

        answer.Provider.ShouldBe(ProviderKind.Offline);
        answer.Markdown.ShouldBe("`harvests` has 240 rows and 6 columns.");
        answer.Notes.ShouldHaveSingleItem().Key.ShouldBe("Ask_Note_NoProvider");
        bench.AuditLines().ShouldHaveSingleItem().ShouldContain("\"outcome\":\"offline\"");
    }

    [Fact]
    public async Task Missing_values_are_listed_with_the_profiles_counts()
    {
        await using var bench = AssistantFixture.Create();
        var profile = await ProfileAsync(bench);
        var yield = profile.Columns.Single(c => c.Name == "yield_kg");

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Which columns have missing values?"));

        answer.Markdown.ShouldContain($"`harvests` has {profile.Overview.MissingCells} missing cells");
        answer.Markdown.ShouldContain($"- `yield_kg`: {yield.Missing} missing ({Localizer.English.Percent(yield.MissingShare)})");
    }

    [Fact]
    public async Task Correlations_quote_the_profiles_strongest_pair()
    {
        await using var bench = AssistantFixture.Create();
        var pair = (await ProfileAsync(bench)).Correlations.TopPairs[0];

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Which columns are correlated?"));

        answer.Markdown.ShouldContain($"- `{pair.First}` and `{pair.Second}`: Pearson {Localizer.English.Number(pair.Pearson!.Value, 2)}");
    }

    [Fact]
    public async Task A_named_column_is_described_with_its_figures()
    {
        await using var bench = AssistantFixture.Create();
        var column = (await ProfileAsync(bench)).Columns.Single(c => c.Name == "yield_kg");

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Tell me about yield_kg"));

        answer.Markdown.ShouldContain($"{Localizer.English.Number(column.Count)} values present");
        answer.Markdown.ShouldContain($"mean {Localizer.English.Number(column.Numeric!.Mean!.Value, 1)}");
    }

    [Fact]
    public async Task Frequent_values_of_a_text_column_come_from_the_profile()
    {
        await using var bench = AssistantFixture.Create();

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("What are the most common region values?"));

        answer.Markdown.ShouldContain("Most frequent values of `region`:");
        answer.Markdown.ShouldContain("- East: 60 (25.0%)");
    }

    [Theory]
    [InlineData(Language.French, "Quelles valeurs manquantes ?", "`harvests` compte 12 cellules manquantes")]
    [InlineData(Language.Kinyarwanda, "Ni ibihe bibura?", "`harvests` ifite uturemba 12 tubura")]
    [InlineData(Language.English, "Any missing values?", "`harvests` has 12 missing cells")]
    public async Task Offline_answers_speak_the_session_language(Language language, string question, string expected)
    {
        await using var bench = AssistantFixture.Create(language);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask(question));

        answer.Markdown.ShouldContain(expected);
    }

    [Theory]
    [InlineData(AskPrompt.Summary, "`harvests` has 240 rows and 6 columns.")]
    [InlineData(AskPrompt.Quality, "Duplicate rows: 0 (0.0%).")]
    [InlineData(AskPrompt.Drivers, "Correlation is not causation")]
    [InlineData(AskPrompt.NextSteps, "Impute or drop the missing values of `yield_kg` (12 missing, 5.0%).")]
    public async Task Prebuilt_prompts_give_data_specific_offline_answers(AskPrompt prompt, string expected)
    {
        await using var bench = AssistantFixture.Create();

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask(string.Empty) with { Prompt = prompt });

        answer.Markdown.ShouldContain(expected);
        answer.Question.ShouldBe(Localizer.English["Ask_Prompt_" + prompt]);
    }

    [Fact]
    public async Task An_unrecognised_question_says_what_offline_mode_can_answer_and_how_to_add_a_provider()
    {
        await using var bench = AssistantFixture.Create(Language.French);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Écris-moi un poème sur la pluie"));

        answer.Markdown.ShouldBe(Localizer.French["Ask_Offline_Unknown"]);
        answer.Markdown.ShouldContain("GEMINI_API_KEY");
    }

    [Fact]
    public async Task A_question_is_required_unless_a_prompt_or_reset_is_given()
    {
        await using var bench = AssistantFixture.Create();

        var error = await Should.ThrowAsync<AssistantException>(() => bench.Workbench.AskAsync(AssistantFixture.Ask("  ")));
        var reset = await bench.Workbench.AskAsync(AssistantFixture.Ask(string.Empty) with { Reset = true });

        error.Text.Key.ShouldBe("Ask_QuestionRequired");
        reset.Markdown.ShouldBe(Localizer.English["Ask_Reset_Done"]);
    }

    private static async Task<DataProfile> ProfileAsync(AssistantFixture bench) =>
        (await bench.Workbench.AnalyzeAsync("harvests", AssistantFixture.Harvests)).Profile;
}
