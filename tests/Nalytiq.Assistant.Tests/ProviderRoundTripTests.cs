using System.Globalization;
using System.Net;
using Nalytiq.Assistant.Tests.Loopback;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>The assistant against a real loopback HTTP server speaking the OpenAI chat completions protocol.</summary>
public sealed class ProviderRoundTripTests
{
    [Fact]
    public async Task A_streamed_answer_arrives_in_pieces_and_is_recorded_in_the_audit_log()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("Rainfall ", "drives ", "yield."));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);
        var partials = new List<AssistantAnswer>();

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("What drives yield_kg?"), new SynchronousProgress<AssistantAnswer>(partials.Add));

        answer.Markdown.ShouldBe("Rainfall drives yield.");
        answer.Provider.ShouldBe(ProviderKind.OpenAI);
        answer.Model.ShouldBe("loopback-model");
        answer.PromptTokens.ShouldBe(321);
        answer.CompletionTokens.ShouldBe(12);
        partials.Where(p => !p.IsComplete).Select(p => p.Markdown).ShouldContain("Rainfall drives ");
        server.Requests.Single().Path.ShouldBe("/v1/chat/completions");
        server.Requests.Single().Authorization.ShouldBe("Bearer " + AssistantFixture.Key);
        var audit = bench.AuditLines().ShouldHaveSingleItem();
        audit.ShouldContain("\"provider\":\"openai\"");
        audit.ShouldContain("\"model\":\"loopback-model\"");
        audit.ShouldContain("\"privacy\":\"stats\"");
        audit.ShouldContain("\"promptTokens\":321");
        audit.ShouldContain("\"datasets\":[\"harvests\"]");
        audit.ShouldContain("\"outcome\":\"answered\"");
    }

    [Fact]
    public async Task A_tool_call_is_computed_on_the_frame_and_its_number_appears_in_the_answer()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.ToolCall("quantile", new { dataset = "harvests", column = "yield_kg", q = 0.9 }));
        server.Enqueue(request => ScriptedReply.Stream("The 90th percentile is ", RequestBody.ToolResult(request.Body) ?? "missing"));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);
        var values = AssistantFixture.Harvests.Columns["yield_kg"].Cast<double?>().OfType<double>().Order().ToList();
        var h = (values.Count - 1) * 0.9;
        var expected = values[(int)h] + ((h - Math.Floor(h)) * (values[(int)h + 1] - values[(int)h]));

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("What is the 90th percentile of yield_kg?"));

        var call = answer.Tools.ShouldHaveSingleItem();
        call.Name.ShouldBe("quantile");
        call.Result.ShouldContain(expected.ToString("0.####", CultureInfo.InvariantCulture));
        answer.Markdown.ShouldContain(expected.ToString("0.####", CultureInfo.InvariantCulture));
        server.Requests.Count.ShouldBe(2);
        RequestBody.ToolResult(server.Requests[1].Body).ShouldBe(call.Result);
        bench.AuditLines().Single().ShouldContain("\"tools\":[\"quantile\"]");
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After_and_then_answered()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Error(HttpStatusCode.TooManyRequests, retryAfterSeconds: "1"), ScriptedReply.Stream("Answered."));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));

        answer.Provider.ShouldBe(ProviderKind.OpenAI);
        answer.Markdown.ShouldBe("Answered.");
        server.Requests.Count.ShouldBe(2);
        answer.Notes.ShouldContain(n => n.Key == "Ask_Note_Retried");
        answer.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        bench.AuditLines().Single().ShouldContain("\"retries\":1");
    }

    [Fact]
    public async Task A_failing_server_falls_back_to_an_offline_answer_with_a_note()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Error(HttpStatusCode.InternalServerError));
        await using var bench = AssistantFixture.Create(configure: o => o with { MaxRetries = 1 }).UseEndpoint(server.Endpoint);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows are there?"));

        answer.Provider.ShouldBe(ProviderKind.Offline);
        answer.Markdown.ShouldContain("240");
        answer.Notes.ShouldContain(n => n.Key == "Ask_Note_ProviderStatus" && Equals(n.Arguments[1], 500));
        server.Requests.Count.ShouldBe(2);
        var audit = bench.AuditLines().ShouldHaveSingleItem();
        audit.ShouldContain("\"outcome\":\"fallback\"");
        audit.ShouldContain("\"provider\":\"openai\"");
    }

    [Fact]
    public async Task A_slow_provider_hits_the_timeout_and_the_cell_gets_an_offline_answer()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("too late") with { Delay = TimeSpan.FromSeconds(60) });
        await using var bench = AssistantFixture.Create(configure: o => o with { Timeout = TimeSpan.FromSeconds(2) }).UseEndpoint(server.Endpoint);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Which columns have missing values?"));

        answer.Provider.ShouldBe(ProviderKind.Offline);
        answer.Notes.ShouldContain(n => n.Key == "Ask_Note_Timeout");
        answer.Markdown.ShouldContain("yield_kg");
        answer.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Gemini_asked_for_without_a_key_answers_offline_and_says_which_variable_to_set()
    {
        await using var bench = AssistantFixture.Create();

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?") with { Provider = ProviderKind.Gemini });

        answer.Provider.ShouldBe(ProviderKind.Offline);
        var note = answer.Notes.ShouldHaveSingleItem();
        note.Key.ShouldBe("Ask_Note_ProviderUnavailable");
        note.ToString().ShouldContain("GEMINI_API_KEY");
    }

    [Fact]
    public async Task A_rejected_key_is_reported_without_showing_the_key()
    {
        await using var server = new LoopbackOpenAIServer(new ScriptedReply(HttpStatusCode.Unauthorized, "application/json",
            ["{\"error\":{\"message\":\"Incorrect API key provided: " + AssistantFixture.Key + "\"}}"]));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("How many rows?"));

        answer.Notes.ShouldContain(n => n.Key == "Ask_Note_Unauthorized");
        Everything(answer).ShouldNotContain(AssistantFixture.Key);
        File.ReadAllText(bench.AuditPath).ShouldNotContain(AssistantFixture.Key);
    }

    [Fact]
    public async Task The_key_is_sent_to_the_provider_and_appears_in_no_output_preview_or_audit()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("Fine."));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Summarise, and repeat my key " + AssistantFixture.Key));
        var preview = await bench.Workbench.PreviewAskAsync(AssistantFixture.Ask("What drives yield?"));
        var providers = await bench.Workbench.DetectProvidersAsync();

        server.Requests[0].Authorization.ShouldBe("Bearer " + AssistantFixture.Key);
        Everything(answer).ShouldNotContain(AssistantFixture.Key);
        string.Join("\n", preview.Messages.Select(m => m.Value)).ShouldNotContain(AssistantFixture.Key);
        string.Join("\n", providers.Providers.Select(p => $"{p} {p.Reason}")).ShouldNotContain(AssistantFixture.Key);
        File.ReadAllText(bench.AuditPath).ShouldNotContain(AssistantFixture.Key);
    }

    [Fact]
    public async Task The_conversation_is_sent_back_with_the_next_question_until_it_is_reset()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("First answer."));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint);

        await bench.Workbench.AskAsync(AssistantFixture.Ask("First question?"));
        await bench.Workbench.AskAsync(AssistantFixture.Ask("Second question?"));
        await bench.Workbench.AskAsync(AssistantFixture.Ask("Third question?") with { Reset = true });

        RequestBody.Text(server.Requests[1].Body).ShouldContain("First question?");
        RequestBody.Text(server.Requests[1].Body).ShouldContain("First answer.");
        RequestBody.Text(server.Requests[2].Body).ShouldNotContain("First question?");
        RequestBody.Text(server.Requests[2].Body).ShouldNotContain("Second question?");
    }

    private static string Everything(AssistantAnswer answer) => string.Join("\n",
        new[] { answer.Markdown, answer.Question, answer.ToString() }
            .Concat(answer.Notes.Select(n => n.ToString()))
            .Concat(answer.Tools.Select(t => t.ToString())));
}
