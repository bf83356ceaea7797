namespace Nalytiq.Assistant;

/// <summary>Every provider as detected now, and the one an automatic choice takes.</summary>
/// <param name="Providers">Gemini, Ollama, the OpenAI-compatible endpoint and offline, in the order of the automatic choice.</param>
/// <param name="Chosen">The first available one.</param>
public sealed record ProviderReport(IReadOnlyList<ProviderStatus> Providers, ProviderKind Chosen);
