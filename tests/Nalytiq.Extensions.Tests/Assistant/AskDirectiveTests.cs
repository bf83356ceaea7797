using System.Net;
using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Assistant;
using Nalytiq.Assistant.Tests.Loopback;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests.Assistant;

/// <summary><c>#!ask</c> in a real composite kernel: offline, against a loopback provider, and its options.</summary>
public sealed class AskDirectiveTests
{
    private const string Key = "sk-notebook-SECRET-2718";

    private static readonly string Harvests = "district,kg,rain_mm,phone\n" + string.Join("\n", Enumerable.Range(0, 40).Select(i =>
        $"{(i % 2 == 0 ? "Huye" : "Rusizi")},{(i % 10 == 3 ? string.Empty : (1000 + (i * 37)).ToString(System.Globalization.CultureInfo.InvariantCulture))},{20 + i},+250788{i:000}111"));

    [Fact]
    public async Task With_no_provider_a_question_gets_an_offline_answer_card()
    {
        using var session = await StartAsync();

        var events = await session.SubmitAsync("#!ask \"How many rows?\"");

        events.ShouldSucceed();
        var html = events.Html();
        html.ShouldContain("<code>harvests</code> has 40 rows and 4 columns.");
        html.ShouldContain("Offline (from the profile)");
        html.ShouldContain("No provider is configured");
    }

    [Fact]
    public async Task Providers_lists_what_was_detected_and_how_to_switch()
    {
        using var session = await StartAsync();

        var html = (await session.SubmitAsync("#!ask --providers")).Html();

        html.ShouldContain("Assistant providers");
        html.ShouldContain("An automatic choice takes: Offline (from the profile).");
        html.ShouldContain("neither GEMINI_API_KEY nor GOOGLE_API_KEY is set");
        html.ShouldContain("NALYTIQ_AI_ENDPOINT, NALYTIQ_AI_KEY and NALYTIQ_AI_MODEL");
    }

    [Fact]
    public async Task A_question_about_a_bound_frame_triggers_a_tool_call_whose_number_appears_in_the_answer()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.ToolCall("group_aggregate", new { dataset = "harvests", groupBy = "district", column = "kg", aggregate = "sum" }));
        server.Enqueue(request => ScriptedReply.Stream("Totals: ", RequestBody.ToolResult(request.Body) ?? "none"));
        using var session = await StartAsync(server.Endpoint);
        var huye = Enumerable.Range(0, 40).Where(i => i % 2 == 0 && i % 10 != 3).Sum(i => 1000 + (i * 37));

        var events = await session.SubmitAsync("#!ask \"Which district harvests most?\" --data harvests");

        events.ShouldSucceed();
        var html = events.Html();
        html.ShouldContain($"Huye = {huye}");
        html.ShouldContain("<code>group_aggregate</code>");
        WebUtility.HtmlDecode(html).ShouldContain("OpenAI-compatible endpoint · model loopback-model · privacy stats");
        AllOutput(events).ShouldNotContain(Key);
    }

    [Fact]
    public async Task The_answer_streams_into_the_cell_before_it_is_complete()
    {
        await using var server = new LoopbackOpenAIServer(
            ScriptedReply.Stream("Rain ", "drives ", "the ", "harvest.") with { ChunkDelay = TimeSpan.FromMilliseconds(600) });
        using var session = await StartAsync(server.Endpoint);

        var events = await session.SubmitAsync("#!ask \"What drives kg?\"");

        events.ShouldSucceed();
        var shown = events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).Where(v => v.MimeType == "text/plain").Select(v => v.Value).ToList();
        shown.ShouldContain(v => v.Contains("answering…", StringComparison.Ordinal) && v.Contains("Rain", StringComparison.Ordinal));
        shown[^1].ShouldContain("Rain drives the harvest.");
        shown[^1].ShouldNotContain("answering…");
    }

    [Fact]
    public async Task Show_context_prints_the_messages_and_sends_nothing()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("unused"));
        using var session = await StartAsync(server.Endpoint);

        var html = (await session.SubmitAsync("#!ask \"What drives kg?\" --show-context --privacy schema")).Html();

        html.ShouldContain("Nothing was sent");
        html.ShouldContain("- kg (integer)");
        html.ShouldNotContain("median");
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_key_typed_in_the_notebook_is_used_and_never_echoed()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("Fine."));
        using var session = await StartAsync(server.Endpoint, key: null);

        var events = await session.SubmitAsync("#!ask \"Anything odd?\" --provider openai --key typed-in-SECRET-99");

        events.ShouldSucceed();
        server.Requests.Single().Authorization.ShouldBe("Bearer typed-in-SECRET-99");
        AllOutput(events).ShouldNotContain("typed-in-SECRET-99");
    }

    [Fact]
    public async Task Answers_and_errors_speak_the_session_language()
    {
        using var session = await StartAsync(language: Language.French);

        var answer = (await session.SubmitAsync("#!ask \"Combien de lignes ?\"")).Html();
        var error = (await session.SubmitAsync("#!ask --prompt sideways")).ShouldFail();

        answer.ShouldContain("<code>harvests</code> compte 40 lignes et 4 colonnes.");
        error.Message.ShouldContain("--prompt n'accepte pas « sideways »");
    }

    [Fact]
    public async Task A_failing_provider_never_fails_the_cell()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Error(HttpStatusCode.BadGateway));
        using var session = await StartAsync(server.Endpoint);

        var events = await session.SubmitAsync("#!ask --prompt quality");

        events.ShouldSucceed();
        events.Html().ShouldContain("failed (HTTP 502): answered offline");
    }

    private static async Task<NotebookSession> StartAsync(string? endpoint = null, string? key = Key, Language language = Language.English)
    {
        var session = await NotebookSession.StartAsync(language);
        var settings = new Dictionary<string, string?>
        {
            ["OLLAMA_HOST"] = "http://127.0.0.1:9",
            ["NALYTIQ_USER"] = "notebook-" + Guid.NewGuid().ToString("N")[..8],
            ["NALYTIQ_AI_ENDPOINT"] = endpoint,
            ["NALYTIQ_AI_MODEL"] = "loopback-model",
            ["NALYTIQ_AI_KEY"] = key,
        };
        NalytiqExtension.GetWorkbench(session.Kernel).ConfigureAssistant(new AssistantOptions
        {
            Settings = name => settings.GetValueOrDefault(name),
            UserSecretsFile = null,
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        });
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        return session;
    }

    private static string AllOutput(IEnumerable<KernelEvent> events) => string.Join("\n", events.Select(e => e switch
    {
        DisplayEvent display => string.Join("\n", display.FormattedValues.Select(v => v.Value)),
        CommandFailed failed => failed.Message,
        _ => string.Empty,
    }));
}
