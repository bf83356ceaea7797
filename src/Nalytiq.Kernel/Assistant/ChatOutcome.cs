namespace Nalytiq.Assistant;

/// <summary>What a provider returned: the full answer and the token counts it reported (zero when it reported none).</summary>
internal sealed record ChatOutcome(string Text, int PromptTokens, int CompletionTokens, int Retries);
