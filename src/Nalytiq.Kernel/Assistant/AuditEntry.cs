namespace Nalytiq.Assistant;

/// <summary>One line of <c>.nalytiq/assistant-audit.jsonl</c>: what was asked of whom, and what left the machine. Never a key.</summary>
/// <param name="Time">When the request finished (UTC).</param>
/// <param name="User">Who asked (<c>NALYTIQ_USER</c>, else the OS user).</param>
/// <param name="Provider">The provider that answered, or <c>offline</c>.</param>
/// <param name="Model">The model, when one was called.</param>
/// <param name="Privacy">The privacy level of the context.</param>
/// <param name="PromptTokens">Tokens sent (the provider's count when it gives one).</param>
/// <param name="CompletionTokens">Tokens received.</param>
/// <param name="Datasets">The frames described.</param>
/// <param name="Tools">The tools called, in order.</param>
/// <param name="Outcome"><c>answered</c>, <c>offline</c> or <c>fallback</c>.</param>
/// <param name="Retries">Retries after 429 or 5xx answers.</param>
/// <param name="ElapsedMs">How long the request took.</param>
internal sealed record AuditEntry(
    DateTimeOffset Time,
    string User,
    string Provider,
    string? Model,
    string Privacy,
    int PromptTokens,
    int CompletionTokens,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<string> Tools,
    string Outcome,
    int Retries,
    long ElapsedMs);
