using System.Globalization;
using System.Resources;

namespace Nalytiq.Localization;

/// <summary>
/// Looks up user-facing strings and formats values for one language. Everything shown to an analyst goes through
/// here, with the culture passed explicitly rather than taken from the thread.
/// </summary>
public sealed partial class Localizer
{
    private static readonly ResourceManager Resources =
        new("Nalytiq.Resources.Strings", typeof(Localizer).Assembly);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Localizer> Variants = new(StringComparer.OrdinalIgnoreCase);

    private readonly CultureInfo _uiCulture;

    private Localizer(Language language, CultureInfo uiCulture, CultureInfo culture)
    {
        Language = language;
        _uiCulture = uiCulture;
        Culture = culture;
    }

    /// <summary>English with US number and date formats.</summary>
    public static Localizer English { get; } = new(Language.English, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en-US"));

    /// <summary>French with French number and date formats.</summary>
    public static Localizer French { get; } = new(Language.French, CultureInfo.GetCultureInfo("fr"), CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>Kinyarwanda with Rwandan number and date formats.</summary>
    public static Localizer Kinyarwanda { get; } = new(Language.Kinyarwanda, CultureInfo.GetCultureInfo("rw"), KinyarwandaCulture.Instance);

    /// <summary>The language of the texts.</summary>
    public Language Language { get; }

    /// <summary>The culture numbers, dates and percentages are formatted with.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The two-letter code of the language: <c>en</c>, <c>fr</c> or <c>rw</c>.</summary>
    public string Code => Language switch
    {
        Language.French => "fr",
        Language.Kinyarwanda => "rw",
        _ => "en",
    };

    /// <summary>The localizer for a language.</summary>
    public static Localizer For(Language language) => language switch
    {
        Language.French => French,
        Language.Kinyarwanda => Kinyarwanda,
        _ => English,
    };

    /// <summary>
    /// The localizer for a language with numbers and dates in <paramref name="cultureName"/> (e.g. <c>en-GB</c>,
    /// <c>fr-BE</c>); the language's default culture when the name is empty, unknown or of another language.
    /// </summary>
    public static Localizer For(Language language, string? cultureName)
    {
        var standard = For(language);
        if (string.IsNullOrWhiteSpace(cultureName) || !TryGetCulture(cultureName.Trim(), out var culture)
            || ParseLanguage(culture.Name) != language || culture.Name == standard.Culture.Name)
        {
            return standard;
        }

        return Variants.GetOrAdd(culture.Name, static (_, state) => new Localizer(state.language, state.standard._uiCulture, state.culture), (language, standard, culture));
    }

    /// <summary>
    /// Reads what an analyst typed after <c>#!lang</c>: <c>en</c>, <c>fr</c>, <c>rw</c>, or a culture such as
    /// <c>en-GB</c>. Null when it names none of our languages.
    /// </summary>
    public static Localizer? Parse(string? text)
    {
        var language = ParseLanguage(text);
        return language is null ? null : For(language.Value, text!.Contains('-', StringComparison.Ordinal) || text.Contains('_', StringComparison.Ordinal) ? text.Replace('_', '-') : null);
    }

    private static bool TryGetCulture(string name, out CultureInfo culture)
    {
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
            return false;
        }
    }

    /// <summary>
    /// Parses <c>en</c>, <c>fr</c>, <c>rw</c> (or a culture name such as <c>fr-CA</c>); null when it names none of them.
    /// </summary>
    public static Language? ParseLanguage(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var code = name.Trim().Split('-', '_')[0].ToUpperInvariant();
        return code switch
        {
            "EN" => Language.English,
            "FR" => Language.French,
            "RW" or "KIN" => Language.Kinyarwanda,
            _ => null,
        };
    }

    /// <summary>The string for <paramref name="key"/>; the English text when a translation is missing.</summary>
    public string this[string key] =>
        Resources.GetString(key, _uiCulture) ?? throw new KeyNotFoundException($"No resource named '{key}'.");

    /// <summary>Formats the string for <paramref name="key"/> with <paramref name="arguments"/> in this culture.</summary>
    public string Format(string key, params IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var pattern = this[key];
        if (arguments.Count == 0)
        {
            return pattern;
        }

        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i] is LocalizedText nested ? nested.ToString(this) : arguments[i];
        }

        return string.Format(Culture, pattern, values);
    }
}
