using Nalytiq.Assistant.Tests.Loopback;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>What each privacy level puts in the request body the provider receives.</summary>
public sealed class PrivacyLevelTests
{
    private static readonly string[] RawValues = ["Mukamana", "coop.rw", "farmer0", "+250", "788 "];

    [Fact]
    public async Task Names_sends_column_names_without_types_or_figures()
    {
        var sent = await SentAsync(PrivacyLevel.Names);

        sent.ShouldContain("yield_kg");
        sent.ShouldNotContain("(number)");
        sent.ShouldNotContain("median");
        sent.ShouldNotContain("240 rows");
    }

    [Fact]
    public async Task Schema_adds_types_but_no_figures()
    {
        var sent = await SentAsync(PrivacyLevel.Schema);

        sent.ShouldContain("- yield_kg (number)");
        sent.ShouldContain("- region (text)");
        sent.ShouldNotContain("median");
    }

    [Fact]
    public async Task Stats_adds_profile_figures_and_no_raw_value_leaves_the_machine()
    {
        var sent = await SentAsync(PrivacyLevel.Stats);

        sent.ShouldContain("240 rows, 6 columns");
        sent.ShouldContain("missing 12 (5.0%)");
        sent.ShouldContain("yield_kg~rainfall_mm pearson 0.998");
        foreach (var raw in RawValues)
        {
            sent.ShouldNotContain(raw);
        }

        sent.ShouldNotContain("North");
        sent.ShouldNotContain("samples");
    }

    [Fact]
    public async Task Samples_adds_spread_values_with_emails_and_phones_masked()
    {
        var sent = await SentAsync(PrivacyLevel.Samples);

        sent.ShouldContain("samples");
        sent.ShouldContain("f•••@•••.rw");
        sent.ShouldContain("frequent \"East\" 25.0%");
        sent.ShouldNotContain("coop.rw");
        sent.ShouldNotContain("+250 788");

        // Spread over the frame, not its first rows: row 60 is the first sample.
        sent.ShouldContain("Mukamana060");
        sent.ShouldNotContain("Mukamana000");
    }

    [Fact]
    public async Task Show_context_previews_the_exact_messages_and_sends_nothing()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("unused"));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);

        var preview = await bench.Workbench.PreviewAskAsync(AssistantFixture.Ask("What drives yield_kg?"));
        await bench.Workbench.AskAsync(AssistantFixture.Ask("What drives yield_kg?"));

        preview.Provider.ShouldBe(ProviderKind.OpenAI);
        preview.Context.Privacy.ShouldBe(PrivacyLevel.Stats);
        preview.Messages.Select(m => m.Key).ShouldBe(["system", "user"]);
        var sent = RequestBody.Messages(server.Requests.ShouldHaveSingleItem().Body);
        sent.Select(m => m.Content).ShouldBe(preview.Messages.Select(m => m.Value));
        bench.AuditLines().Count.ShouldBe(1);
    }

    private static async Task<string> SentAsync(PrivacyLevel privacy)
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("ok"));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);
        await bench.Workbench.AskAsync(AssistantFixture.Ask("Describe the data", privacy));
        return RequestBody.Text(server.Requests.ShouldHaveSingleItem().Body);
    }
}
