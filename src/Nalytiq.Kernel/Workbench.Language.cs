using Nalytiq.Localization;

namespace Nalytiq;

public sealed partial class Workbench
{
    /// <summary>
    /// Switches every later output to the language <paramref name="choice"/> names (<c>en</c>, <c>fr</c>, <c>rw</c>,
    /// or a culture such as <c>en-GB</c>) and saves the choice in <c>settings.json</c> under the home folder, so the
    /// next session starts in it.
    /// </summary>
    /// <exception cref="NalytiqException">The choice names none of the three languages.</exception>
    public async Task<LanguageChoice> ChooseLanguageAsync(string choice, CancellationToken cancellationToken = default)
    {
        var chosen = Localizer.Parse(choice)
            ?? throw new NalytiqException(new LocalizedText("Lang_Unknown", choice?.Trim() ?? string.Empty));
        Text = chosen;
        try
        {
            await new LanguageSettings(chosen.Code, chosen.Culture.Name).SaveAsync(Options.HomeDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The session speaks the new language either way; only remembering it failed.
            return new LanguageChoice(chosen, new LocalizedText("Lang_NotSaved", Options.HomeDirectory, e.Message));
        }

        return new LanguageChoice(chosen, Warning: null);
    }
}
