namespace Nalytiq.Assistant;

/// <summary>One <c>#!ask</c>: the question (or a prebuilt prompt), the frames it is about and what may be sent.</summary>
public sealed record AskRequest
{
    /// <summary>The analyst's question; may be empty when <see cref="Prompt"/> is set.</summary>
    public string Question { get; init; } = string.Empty;

    /// <summary>The frames the answer may use; their profiles come from the result cache.</summary>
    public IReadOnlyList<AskFrame> Frames { get; init; } = [];

    /// <summary>How much of the data's description may be sent.</summary>
    public PrivacyLevel Privacy { get; init; } = PrivacyLevel.Stats;

    /// <summary>An explicit provider; null picks automatically (Gemini, then Ollama, then the OpenAI-compatible endpoint, then offline).</summary>
    public ProviderKind? Provider { get; init; }

    /// <summary>A prebuilt prompt, used instead of (or before) <see cref="Question"/>.</summary>
    public AskPrompt? Prompt { get; init; }

    /// <summary>Clears the conversation history first.</summary>
    public bool Reset { get; init; }
}
