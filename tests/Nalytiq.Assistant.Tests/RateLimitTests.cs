using Nalytiq.Assistant.Tests.Loopback;
using Nalytiq.Caching;
using Nalytiq.Tests.Caching;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>Requests per minute per provider: in this process, and across kernels through a team Garnet server.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_the_per_minute_limit_the_answer_comes_offline_with_a_note_and_nothing_is_sent()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("ok"));
        await using var bench = AssistantFixture.Create(configure: o => o with { RequestsPerMinute = 1 }).UseEndpoint(server.Endpoint);

        var first = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));
        var second = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));

        first.Provider.ShouldBe(ProviderKind.OpenAI);
        second.Provider.ShouldBe(ProviderKind.Offline);
        second.Notes.ShouldContain(n => n.Key == "Ask_Note_RateLimited");
        second.Markdown.ShouldContain("240 rows");
        server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task In_shared_mode_the_team_limit_holds_across_kernels_through_Garnet()
    {
        using var garnet = new TeamGarnetServer();
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("ok"));
        var team = "team-" + Guid.NewGuid().ToString("N")[..8];
        var shared = ResultCacheOptions.Shared(garnet.Endpoint, garnet.Password);
        await using var alice = AssistantFixture.Create(configure: o => o with { TeamRequestsPerMinute = 1 }, cache: shared, settings: new() { ["NALYTIQ_TEAM"] = team }).UseEndpoint(server.Endpoint);
        await using var bob = AssistantFixture.Create(configure: o => o with { TeamRequestsPerMinute = 1 }, cache: shared, settings: new() { ["NALYTIQ_TEAM"] = team }).UseEndpoint(server.Endpoint);

        var fromAlice = await alice.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));
        var fromBob = await bob.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));

        fromAlice.Provider.ShouldBe(ProviderKind.OpenAI);
        fromBob.Provider.ShouldBe(ProviderKind.Offline);
        fromBob.Notes.ShouldContain(n => n.Key == "Ask_Note_RateLimited");
        server.Requests.Count.ShouldBe(1);
        using var client = await garnet.ConnectAsync();
        (await client.GetDatabase().KeyExistsAsync($"nalytiq:ask:rate:openai:team:{team}")).ShouldBeTrue();
    }
}
