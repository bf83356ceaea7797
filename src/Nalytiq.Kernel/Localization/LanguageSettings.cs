using System.Text.Json;

namespace Nalytiq.Localization;

/// <summary>
/// The language an analyst chose with <c>#!lang</c>, kept in <c>&lt;home&gt;/settings.json</c> so the next session
/// (and the next notebook in the same folder) speaks it too.
/// </summary>
/// <param name="Language">The language code: <c>en</c>, <c>fr</c> or <c>rw</c>.</param>
/// <param name="Culture">The culture numbers and dates are formatted with, e.g. <c>en-GB</c>; null for the language's default.</param>
public sealed record LanguageSettings(string Language, string? Culture)
{
    private const string FileName = "settings.json";

    /// <summary>The settings saved under <paramref name="homeDirectory"/>; null when none were saved or the file is unreadable.</summary>
    public static LanguageSettings? Load(string homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(homeDirectory);
        var path = Path.Combine(homeDirectory, FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var saved = JsonSerializer.Deserialize(File.ReadAllText(path), SettingsJsonContext.Default.LanguageSettings);
            return saved is { Language.Length: > 0 } ? saved : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A damaged or unreadable settings file must not stop a session from starting: the defaults apply.
            return null;
        }
    }

    /// <summary>Saves the settings under <paramref name="homeDirectory"/>, replacing the file in one step.</summary>
    public async Task SaveAsync(string homeDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(homeDirectory);
        Directory.CreateDirectory(homeDirectory);
        var path = Path.Combine(homeDirectory, FileName);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(stream, this, SettingsJsonContext.Default.LanguageSettings, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
