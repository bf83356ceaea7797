using System.Net.Http.Json;
using System.Text.Json;
using Nalytiq.Localization;

namespace Nalytiq.Assistant;

internal sealed partial class ProviderDetector
{
    /// <summary>
    /// Asks Ollama for its models, giving up after <see cref="AssistantOptions.ProbeTimeout"/>: on a machine without
    /// Ollama the connection is refused at once, so an automatic choice costs nothing there.
    /// </summary>
    private async Task<(ProviderEndpoint? Endpoint, ProviderStatus Status)> OllamaAsync(CancellationToken cancellationToken)
    {
        var host = (Setting("OLLAMA_HOST") ?? OllamaHost).TrimEnd('/');
        if (!host.Contains("://", StringComparison.Ordinal))
        {
            host = "http://" + host;
        }

        var configuredModel = Setting("NALYTIQ_OLLAMA_MODEL");
        if (!Uri.TryCreate(host + "/", UriKind.Absolute, out var baseUri))
        {
            return (null, new(ProviderKind.Ollama, false, host, configuredModel, new LocalizedText("Ask_Provider_OllamaDown", host, Millis(options.ProbeTimeout))));
        }

        string[] models;
        try
        {
            using var probe = new HttpClient { Timeout = options.ProbeTimeout };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ProbeTimeout);
            using var tags = await probe.GetFromJsonAsync<JsonDocument>(new Uri(baseUri, "api/tags"), timeout.Token).ConfigureAwait(false);
            models = tags?.RootElement.TryGetProperty("models", out var list) == true && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(m => m.TryGetProperty("name", out var n) ? n.GetString() : null).OfType<string>()]
                : [];
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or NotSupportedException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (null, new(ProviderKind.Ollama, false, host, configuredModel, new LocalizedText("Ask_Provider_OllamaDown", host, Millis(options.ProbeTimeout))));
        }

        var model = configuredModel ?? models.FirstOrDefault();
        if (model is null)
        {
            return (null, new(ProviderKind.Ollama, false, host, null, new LocalizedText("Ask_Provider_OllamaNoModel", host)));
        }

        var endpoint = new ProviderEndpoint(ProviderKind.Ollama, new Uri(baseUri, "v1/"), model, null);
        var reason = new LocalizedText("Ask_Provider_OllamaUp", host, string.Join(", ", models.Take(5)));
        return (endpoint, new(ProviderKind.Ollama, true, host, model, reason));
    }
}
