using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The output of <c>#!lang</c>.</summary>
/// <param name="Changed">Whether the command switched the language (rather than only showing it).</param>
/// <param name="Warning">Why the choice was not saved for the next session, when it was not.</param>
internal sealed record LanguageView(bool Changed, LocalizedText? Warning);
