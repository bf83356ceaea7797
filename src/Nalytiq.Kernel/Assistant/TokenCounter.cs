using Microsoft.ML.Tokenizers;

namespace Nalytiq.Assistant;

/// <summary>
/// Counts tokens with the o200k_base vocabulary (GPT-4o family), shipped in its package: no download. Other models
/// tokenize differently, so the budget keeps a margin rather than trusting the count to the last token.
/// </summary>
internal static class TokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static int Count(string text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.Value.CountTokens(text);

    /// <summary>The longest prefix of <paramref name="text"/> that fits in <paramref name="tokens"/>.</summary>
    public static string Truncate(string text, int tokens)
    {
        var index = Tokenizer.Value.GetIndexByTokenCount(text, Math.Max(0, tokens), out _, out _);
        return text[..index];
    }
}
