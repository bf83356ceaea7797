using System.Globalization;
using System.Resources;

namespace Nalytiq.Localization;

/// <summary>
/// Looks up user-facing strings and formats values for one language. Everything shown to an analyst goes through
/// here, with the culture passed explicitly rather than taken from the thread.
/// </summary>
public sealed class Localizer
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

    /// <summary>Formats a number with this culture's group and decimal separators.</summary>
    public string Number(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>Formats a whole number with this culture's group separator.</summary>
    public string Number(long value) => value.ToString("N0", Culture);

    /// <summary>Formats a ratio (0.256 → 25.6 %) the way this culture writes percentages.</summary>
    public string Percent(double ratio, int decimals = 1) => ratio.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>Formats a byte count with binary units (KiB, MiB, GiB).</summary>
    public string Bytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{Number(bytes)} {units[0]}" : $"{Number(value, 1)} {units[unit]}";
    }

    /// <summary>Formats a duration compactly: <c>850 ms</c>, <c>1,2 s</c>, <c>3 min 5 s</c>.</summary>
    public string Duration(TimeSpan duration)
    {
        if (duration.TotalSeconds < 1)
        {
            return $"{Number(duration.TotalMilliseconds)} ms";
        }

        if (duration.TotalMinutes < 1)
        {
            return $"{Number(duration.TotalSeconds, 2)} s";
        }

        return $"{Number((long)duration.TotalMinutes)} min {Number((long)duration.Seconds)} s";
    }

    /// <summary>
    /// How long ago something happened, in words: <c>3 minutes ago</c>, <c>il y a 3 minutes</c>,
    /// <c>hashize iminota 3</c>. No library covers Kinyarwanda, so the thresholds and phrases are ours.
    /// </summary>
    public string RelativeTime(TimeSpan elapsed)
    {
        var seconds = Math.Max(0, elapsed.TotalSeconds);
        return seconds switch
        {
            < 45 => this["Relative_JustNow"],
            < 90 => this["Relative_OneMinute"],
            < 45 * 60 => Format("Relative_Minutes", (long)Math.Round(seconds / 60)),
            < 90 * 60 => this["Relative_OneHour"],
            < 22 * 3600 => Format("Relative_Hours", (long)Math.Round(seconds / 3600)),
            < 36 * 3600 => this["Relative_OneDay"],
            _ => Format("Relative_Days", (long)Math.Round(seconds / 86400)),
        };
    }

    /// <summary>Formats a date and time in this culture's general pattern.</summary>
    public string DateTime(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero ? value.ToString("d", Culture) : value.ToString("g", Culture);
}
