namespace Nalytiq.Assistant;

/// <summary>A provider ready to call: its OpenAI-compatible base address, model and key.</summary>
internal sealed record ProviderEndpoint(ProviderKind Kind, Uri Endpoint, string Model, Secret? Key);
