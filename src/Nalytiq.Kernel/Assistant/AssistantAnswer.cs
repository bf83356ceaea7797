using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>The outcome of <c>#!ask</c> (also its partial state while it streams).</summary>
/// <param name="Question">The question as the analyst reads it (a prebuilt prompt in the session language).</param>
/// <param name="Markdown">The answer, Markdown, in the session language.</param>
/// <param name="IsComplete">False while the answer is still streaming.</param>
/// <param name="Provider">Who answered; <see cref="ProviderKind.Offline"/> for computed answers and fallbacks.</param>
/// <param name="Model">The model, when one answered.</param>
/// <param name="Privacy">The privacy level of what was sent.</param>
/// <param name="PromptTokens">Tokens sent.</param>
/// <param name="CompletionTokens">Tokens received.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Datasets">The frames the answer is about.</param>
/// <param name="Tools">The tools the model called, with their results.</param>
/// <param name="Notes">What the analyst should know: context dropped to fit, fallback to offline and why, retries.</param>
public sealed record AssistantAnswer(
    string Question,
    string Markdown,
    bool IsComplete,
    ProviderKind Provider,
    string? Model,
    PrivacyLevel Privacy,
    int PromptTokens,
    int CompletionTokens,
    TimeSpan Elapsed,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<ToolCall> Tools,
    IReadOnlyList<LocalizedText> Notes);
