using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>Exactly what the assistant sends about the data: the text, its size and what was left out to fit.</summary>
/// <param name="Text">The description of the frames, as the model reads it.</param>
/// <param name="Privacy">The level it was built at.</param>
/// <param name="Datasets">The frames described.</param>
/// <param name="Tokens">Its size in tokens (o200k_base).</param>
/// <param name="Dropped">What the token budget removed, in order.</param>
public sealed record DataContext(string Text, PrivacyLevel Privacy, IReadOnlyList<string> Datasets, int Tokens, IReadOnlyList<LocalizedText> Dropped);
