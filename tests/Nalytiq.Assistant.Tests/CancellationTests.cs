using System.Net;
using Nalytiq.Assistant.Tests.Loopback;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>Interrupting a question stops it; a provider speaking nonsense is a provider failure like any other.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_a_slow_request_stops_it_instead_of_falling_back()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("too late") with { Delay = TimeSpan.FromSeconds(60) });
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);
        using var cancel = new CancellationTokenSource();

        var asking = bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"), cancellationToken: cancel.Token);
        await WaitUntilAsync(() => server.Requests.Count == 1);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => asking);
    }

    [Fact]
    public async Task A_malformed_stream_falls_back_to_offline_with_a_note()
    {
        await using var server = new LoopbackOpenAIServer(new ScriptedReply(HttpStatusCode.OK, "text/event-stream", ["data: {not json\n\n", "data: [DONE]\n\n"]));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));

        answer.Provider.ShouldBe(ProviderKind.Offline);
        answer.Notes.ShouldContain(n => n.Key == "Ask_Note_ProviderFailed");
        answer.Markdown.ShouldContain("240 rows");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(50);
        }
    }
}
