using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Localization;

public sealed partial class ResourceCompletenessTests
{
    private static readonly ResourceManager Resources = new("Nalytiq.Resources.Strings", typeof(Workbench).Assembly);

    [Theory]
    [InlineData("fr")]
    [InlineData("rw")]
    public void Every_string_exists_in_the_language_with_the_same_placeholders(string language)
    {
        var english = Read(CultureInfo.InvariantCulture);
        var translated = Read(CultureInfo.GetCultureInfo(language));

        english.Count.ShouldBeGreaterThan(100);
        translated.Keys.Except(english.Keys).ShouldBeEmpty("keys without an English text");
        foreach (var (key, text) in english)
        {
            translated.TryGetValue(key, out var other).ShouldBeTrue($"{key} has no {language} text");
            other.ShouldNotBeNullOrWhiteSpace($"{key} is empty in {language}");
            Placeholders(other).ShouldBe(Placeholders(text), $"{key} has other placeholders in {language}");
        }
    }

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        // Only this culture's own file: a missing translation must not be hidden by the English fallback.
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false).ShouldNotBeNull();
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty);
    }

    private static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
