namespace Nalytiq.Localization;

/// <summary>What <c>#!lang</c> settled on.</summary>
/// <param name="Text">The session's texts and formats from now on.</param>
/// <param name="Warning">Why the choice could not be remembered for the next session, when it could not.</param>
public sealed record LanguageChoice(Localizer Text, LocalizedText? Warning);
