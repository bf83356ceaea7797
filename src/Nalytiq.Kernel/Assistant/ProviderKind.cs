namespace Nalytiq.Assistant;

/// <summary>Who answers a question.</summary>
public enum ProviderKind
{
    /// <summary>Deterministic answers computed from the profile, on this machine.</summary>
    Offline,

    /// <summary>Google Gemini through its OpenAI-compatible endpoint.</summary>
    Gemini,

    /// <summary>A local or team Ollama server through its OpenAI-compatible <c>/v1</c> endpoint.</summary>
    Ollama,

    /// <summary>Any OpenAI-compatible endpoint named by <c>NALYTIQ_AI_ENDPOINT</c>.</summary>
    OpenAI,
}
