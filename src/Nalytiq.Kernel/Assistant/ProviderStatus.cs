using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>What detection found about one provider, for <c>#!ask --providers</c>. Never holds a key.</summary>
/// <param name="Kind">The provider.</param>
/// <param name="Available">Whether it can be used now.</param>
/// <param name="Endpoint">Where it would be called; null for offline.</param>
/// <param name="Model">The model it would use, when known.</param>
/// <param name="Reason">Why it is or is not available.</param>
public sealed record ProviderStatus(ProviderKind Kind, bool Available, string? Endpoint, string? Model, LocalizedText Reason);
