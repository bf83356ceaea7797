using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Assistant.Tests.Loopback;
using Shouldly;
using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// <c>#!ask</c> in the real host: Semantic Kernel, the OpenAI connector and the tokenizer load beside the host's own
/// assemblies, offline answers work with no network, and a question to a loopback provider round-trips a tool call.
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class AskInRealHostTests(PackedExtension package)
{
    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_question_to_a_loopback_provider_round_trips_a_tool_call_in_the_real_host()
    {
        // Arrange
        await using var server = new LoopbackOpenAIServer(ScriptedReply.ToolCall("quantile", new { dataset = "movies", column = "rating", q = 0.5 }));
        server.Enqueue(request => ScriptedReply.Stream("The median rating is ", RequestBody.ToolResult(request.Body) ?? "none"));
        var folder = package.NewWorkingDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder, "movies.csv"), "title,year,rating\nArrival,2016,7.9\nHer,2013,8.0\nMoon,2009,\nCoco,2017,8.4\n");
        await using var host = await HostSession.StartAsync(package.Tool, folder);
        CellOutput.ShouldSucceed(await host.LoadNalytiqAsync(package));
        CellOutput.ShouldSucceed(await host.SubmitAsync("#!upload movies.csv", CellTimeout));
        CellOutput.ShouldSucceed(await host.SubmitAsync(
            "Nalytiq.Extensions.NalytiqExtension.Workbench!.ConfigureAssistant(new Nalytiq.Assistant.AssistantOptions { UserSecretsFile = null, "
            + $"Settings = name => name switch {{ \"NALYTIQ_AI_ENDPOINT\" => \"{server.Endpoint}\", \"NALYTIQ_AI_KEY\" => \"host-key\", "
            + "\"NALYTIQ_AI_MODEL\" => \"loop\", \"OLLAMA_HOST\" => \"http://127.0.0.1:9\", _ => null } });",
            CellTimeout));

        // Act
        var offline = await host.SubmitAsync("#!ask --prompt summary --provider offline", CellTimeout);
        var asked = await host.SubmitAsync("#!ask \"What is the median rating?\" --data movies", CellTimeout);
        var audit = await host.SubmitAsync("System.IO.File.ReadAllLines(Nalytiq.Extensions.NalytiqExtension.Workbench!.AssistantAuditPath)[^1]", CellTimeout);

        // Assert
        CellOutput.ShouldSucceed(offline);
        CellOutput.ShouldSucceed(asked);
        server.Requests.Count.ShouldBe(2);
        server.Requests[0].Authorization.ShouldBe("Bearer host-key");
        RequestBody.ToolResult(server.Requests[1].Body).ShouldBe("q0.5 = 8 (n=3)");
        var line = CellOutput.ReturnedText(audit);
        line.ShouldContain("\"tools\":[\"quantile\"]");
        line.ShouldContain("\"outcome\":\"answered\"");
        line.ShouldNotContain("host-key");
        asked.OfType<CommandFailed>().ShouldBeEmpty();
    }
}
