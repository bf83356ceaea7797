using Microsoft.Data.Analysis;
using Nalytiq.Assistant.Tests.Loopback;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>The context shrinks in steps to fit the model's window, and the answer says what was dropped.</summary>
public sealed class ContextBudgetTests
{
    [Fact]
    public async Task A_wide_frame_is_shrunk_to_the_window_keeping_the_columns_the_question_names()
    {
        var wide = new DataFrame(Enumerable.Range(0, 120).Select(i =>
            (DataFrameColumn)new PrimitiveDataFrameColumn<double>($"measure_{i:000}", Enumerable.Range(0, 50).Select(r => (double?)(r * (i + 1))))));
        await using var bench = AssistantFixture.Create(configure: o => o with { ContextWindow = 1_500, MaxAnswerTokens = 500 });
        var request = new AskRequest { Question = "What is the spread of measure_117?", Frames = [new AskFrame("wide", wide)], Privacy = PrivacyLevel.Samples };

        var preview = await bench.Workbench.PreviewAskAsync(request);

        preview.Context.Dropped.Select(d => d.Key).ShouldBe(["Ask_Dropped_Samples", "Ask_Dropped_Detail", "Ask_Dropped_Columns"]);
        preview.Tokens.ShouldBeLessThanOrEqualTo(1_000);
        preview.Context.Text.ShouldContain("- measure_117 (number): missing 0");
        preview.Context.Text.ShouldContain("more columns not listed");
    }

    [Fact]
    public async Task What_was_dropped_is_reported_on_the_answer()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("ok"));
        await using var bench = AssistantFixture.Create(configure: o => o with { ContextWindow = 1_000, MaxAnswerTokens = 300 }).UseEndpoint(server.Endpoint);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Describe email", PrivacyLevel.Samples));

        answer.Notes.ShouldContain(n => n.Key == "Ask_Dropped_Samples");
        RequestBody.Text(server.Requests.Single().Body).ShouldNotContain("samples \"");
    }
}
