using System.Net;
using Nalytiq.Assistant.Tests.Loopback;
using Shouldly;
using Xunit;

namespace Nalytiq.Assistant.Tests;

/// <summary>Which provider an automatic choice takes, and why, for <c>#!ask --providers</c>.</summary>
public sealed class ProviderDetectionTests
{
    [Fact]
    public async Task With_nothing_configured_and_no_Ollama_the_choice_is_offline()
    {
        await using var bench = AssistantFixture.Create();

        var report = await bench.Workbench.DetectProvidersAsync();

        report.Chosen.ShouldBe(ProviderKind.Offline);
        report.Providers.Select(p => p.Kind).ShouldBe([ProviderKind.Gemini, ProviderKind.Ollama, ProviderKind.OpenAI, ProviderKind.Offline]);
        report.Providers[1].Reason.Key.ShouldBe("Ask_Provider_OllamaDown");
    }

    [Fact]
    public async Task A_Gemini_key_comes_first_and_the_reason_names_its_variable_not_its_value()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("unused"));
        await using var bench = AssistantFixture.Create(settings: new() { ["GOOGLE_API_KEY"] = "AIza-secret-value" }).UseEndpoint(server.Endpoint);

        var report = await bench.Workbench.DetectProvidersAsync();

        report.Chosen.ShouldBe(ProviderKind.Gemini);
        var gemini = report.Providers[0];
        gemini.Endpoint.ShouldBe("https://generativelanguage.googleapis.com/v1beta/openai/");
        gemini.Reason.ToString().ShouldContain("GOOGLE_API_KEY");
        gemini.ToString().ShouldNotContain("AIza-secret-value");
    }

    [Fact]
    public async Task A_reachable_Ollama_is_chosen_with_its_first_installed_model_and_answers_on_v1()
    {
        await using var server = new LoopbackOpenAIServer(
            new ScriptedReply(HttpStatusCode.OK, "application/json", ["{\"models\":[{\"name\":\"llama3.2:1b\"},{\"name\":\"qwen2.5:0.5b\"}]}"]),
            ScriptedReply.Stream("From Ollama."));
        await using var bench = AssistantFixture.Create(settings: new() { ["OLLAMA_HOST"] = $"127.0.0.1:{server.Port}" });

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("What drives yield?"));

        answer.Provider.ShouldBe(ProviderKind.Ollama);
        answer.Model.ShouldBe("llama3.2:1b");
        answer.Markdown.ShouldBe("From Ollama.");
        server.Requests.Select(r => r.Path).ShouldBe(["/api/tags", "/v1/chat/completions"]);
    }

    [Fact]
    public async Task A_key_from_user_secrets_is_found_when_the_environment_has_none()
    {
        var secrets = Path.Combine(Path.GetTempPath(), "nalytiq-secrets-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(secrets, "{\"GEMINI_API_KEY\":\"from-secrets\"}");
        await using var bench = AssistantFixture.Create(configure: o => o with { UserSecretsFile = secrets });

        var report = await bench.Workbench.DetectProvidersAsync();
        File.Delete(secrets);

        report.Chosen.ShouldBe(ProviderKind.Gemini);
        report.Providers[0].Reason.Key.ShouldBe("Ask_Provider_KeyFromSecrets");
    }

    [Fact]
    public async Task A_key_entered_in_the_session_is_used_and_never_shown()
    {
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Stream("ok"));
        await using var bench = AssistantFixture.Create().UseEndpoint(server.Endpoint, key: null);
        bench.Workbench.SetAssistantKey(ProviderKind.OpenAI, "typed-secret-123");

        var answer = await bench.Workbench.AskAsync(AssistantFixture.Ask("Anything?"));

        server.Requests.Single().Authorization.ShouldBe("Bearer typed-secret-123");
        answer.ToString().ShouldNotContain("typed-secret-123");
        File.ReadAllText(bench.AuditPath).ShouldNotContain("typed-secret-123");
    }
}
