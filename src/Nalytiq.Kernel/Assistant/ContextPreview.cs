namespace Nalytiq.Assistant;

/// <summary>What <c>#!ask --show-context</c> shows: exactly the messages that would be sent. Nothing is sent.</summary>
/// <param name="Provider">The provider that would be called.</param>
/// <param name="Model">Its model.</param>
/// <param name="Context">The data context with its token count and what the budget dropped.</param>
/// <param name="Messages">Every message in order, as (role, text): system, earlier turns, the question.</param>
/// <param name="Tokens">The tokens of all messages.</param>
public sealed record ContextPreview(ProviderKind Provider, string? Model, DataContext Context, IReadOnlyList<KeyValuePair<string, string>> Messages, int Tokens);
