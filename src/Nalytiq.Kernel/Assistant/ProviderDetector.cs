using System.Globalization;
using System.Text.Json;
using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>
/// Finds the providers this session can use, from the environment, user secrets and keys entered in the session, and
/// one short probe of Ollama. Automatic order: Gemini with a key, a reachable Ollama, the OpenAI-compatible endpoint,
/// offline.
/// </summary>
internal sealed partial class ProviderDetector(AssistantOptions options, SessionKeys keys)
{
    public const string GeminiEndpoint = "https://generativelanguage.googleapis.com/v1beta/openai/";
    public const string GeminiModel = "gemini-2.5-flash";
    public const string OllamaHost = "http://localhost:11434";
    public const string OpenAIModel = "gpt-4o-mini";

    public async Task<ProviderReport> DetectAsync(CancellationToken cancellationToken)
    {
        var statuses = new List<ProviderStatus>
        {
            Gemini().Status,
            (await OllamaAsync(cancellationToken).ConfigureAwait(false)).Status,
            OpenAI().Status,
            new(ProviderKind.Offline, true, null, null, new LocalizedText("Ask_Provider_Offline")),
        };
        return new ProviderReport(statuses, statuses.First(s => s.Available).Kind);
    }

    /// <summary>The provider to call for <paramref name="requested"/> (null: automatic), or why there is none.</summary>
    public async Task<(ProviderEndpoint? Endpoint, LocalizedText? Reason)> ResolveAsync(ProviderKind? requested, CancellationToken cancellationToken)
    {
        if (requested == ProviderKind.Offline)
        {
            return (null, null);
        }

        if (requested is { } kind)
        {
            var (endpoint, status) = kind switch
            {
                ProviderKind.Gemini => Gemini(),
                ProviderKind.Ollama => await OllamaAsync(cancellationToken).ConfigureAwait(false),
                _ => OpenAI(),
            };
            return (endpoint, endpoint is null ? new LocalizedText("Ask_Note_ProviderUnavailable", kind.ToString(), status.Reason) : null);
        }

        var gemini = Gemini();
        if (gemini.Endpoint is not null)
        {
            return (gemini.Endpoint, null);
        }

        var ollama = await OllamaAsync(cancellationToken).ConfigureAwait(false);
        return ollama.Endpoint is not null ? (ollama.Endpoint, null) : (OpenAI().Endpoint, null);
    }

    private (ProviderEndpoint? Endpoint, ProviderStatus Status) Gemini()
    {
        var endpoint = Setting("NALYTIQ_GEMINI_ENDPOINT") ?? GeminiEndpoint;
        var model = Setting("NALYTIQ_GEMINI_MODEL") ?? GeminiModel;
        var (key, reason) = FindKey(ProviderKind.Gemini, "GEMINI_API_KEY", "GOOGLE_API_KEY");
        if (key is null || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return (null, new(ProviderKind.Gemini, false, endpoint, model, new LocalizedText("Ask_Provider_GeminiNoKey")));
        }

        return (new ProviderEndpoint(ProviderKind.Gemini, uri, model, key), new(ProviderKind.Gemini, true, endpoint, model, reason!));
    }

    private (ProviderEndpoint? Endpoint, ProviderStatus Status) OpenAI()
    {
        var endpoint = Setting("NALYTIQ_AI_ENDPOINT");
        var model = Setting("NALYTIQ_AI_MODEL") ?? OpenAIModel;
        if (endpoint is null || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return (null, new(ProviderKind.OpenAI, false, endpoint, model, new LocalizedText("Ask_Provider_OpenAINotSet")));
        }

        var (key, _) = FindKey(ProviderKind.OpenAI, "NALYTIQ_AI_KEY");
        var reason = new LocalizedText(key is null ? "Ask_Provider_OpenAINoKey" : "Ask_Provider_OpenAISet", endpoint);
        return (new ProviderEndpoint(ProviderKind.OpenAI, uri, model, key), new(ProviderKind.OpenAI, true, endpoint, model, reason));
    }

    private string? Setting(string name) => options.Settings(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A key from the session (masked prompt), the environment, then user secrets; the reason names where.</summary>
    private (Secret? Key, LocalizedText? Reason) FindKey(ProviderKind kind, params string[] names)
    {
        if (keys.Get(kind) is { } entered)
        {
            return (entered, new LocalizedText("Ask_Provider_KeyFromPrompt"));
        }

        foreach (var name in names)
        {
            if (Secret.From(options.Settings(name)) is { } key)
            {
                return (key, new LocalizedText("Ask_Provider_KeyFromEnvironment", name));
            }
        }

        foreach (var name in names)
        {
            if (Secret.From(UserSecret(name)) is { } key)
            {
                return (key, new LocalizedText("Ask_Provider_KeyFromSecrets", name));
            }
        }

        return (null, null);
    }

    private string? UserSecret(string name)
    {
        try
        {
            if (options.UserSecretsFile is not { } file || !File.Exists(file))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(file));
            return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static string Millis(TimeSpan span) => ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";
}
