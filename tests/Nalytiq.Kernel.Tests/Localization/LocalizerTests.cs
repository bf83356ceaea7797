using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Localization;

public class LocalizerTests
{
    [Fact]
    public void Each_language_has_its_own_text_for_a_key()
    {
        var english = Localizer.English.Format("Upload_FileNotFound", "x.csv");
        var french = Localizer.French.Format("Upload_FileNotFound", "x.csv");
        var kinyarwanda = Localizer.Kinyarwanda.Format("Upload_FileNotFound", "x.csv");

        english.ShouldContain("was not found");
        french.ShouldContain("introuvable");
        kinyarwanda.ShouldContain("ntiyabonetse");
    }

    [Fact]
    public void Numbers_are_formatted_with_the_language_culture()
    {
        Localizer.English.Number(1234.5, 1).ShouldBe("1,234.5");
        Localizer.French.Number(1234.5, 1).ShouldBe("1\u202f234,5");
        Localizer.Kinyarwanda.Number(1234.5, 1).ShouldBe("1.234,5");
    }

    [Theory]
    [InlineData("fr", Language.French)]
    [InlineData("fr-CA", Language.French)]
    [InlineData("rw-RW", Language.Kinyarwanda)]
    [InlineData("EN", Language.English)]
    [InlineData("de", null)]
    [InlineData(null, null)]
    public void Language_names_are_parsed_leniently(string? name, Language? expected) =>
        Localizer.ParseLanguage(name).ShouldBe(expected);

    [Fact]
    public void Localized_text_renders_nested_texts_in_the_same_language()
    {
        var text = new LocalizedText("Upload_ReadFailed", "a.csv", new LocalizedText("Error_Unexpected"));

        text.ToString(Localizer.French).ShouldContain("inattendue");
    }
}

public class RelativeTimeTests
{
    [Theory]
    [InlineData(10, "just now", "à l'instant", "ubu nyine")]
    [InlineData(60, "a minute ago", "il y a une minute", "hashize umunota umwe")]
    [InlineData(180, "3 minutes ago", "il y a 3 minutes", "hashize iminota 3")]
    [InlineData(3600, "an hour ago", "il y a une heure", "hashize isaha imwe")]
    [InlineData(5 * 3600, "5 hours ago", "il y a 5 heures", "hashize amasaha 5")]
    [InlineData(30 * 3600, "a day ago", "il y a un jour", "hashize umunsi umwe")]
    [InlineData(3 * 86400, "3 days ago", "il y a 3 jours", "hashize iminsi 3")]
    [InlineData(-5, "just now", "à l'instant", "ubu nyine")]
    public void Elapsed_time_reads_naturally_in_each_language(int seconds, string english, string french, string kinyarwanda)
    {
        var elapsed = TimeSpan.FromSeconds(seconds);

        Localizer.English.RelativeTime(elapsed).ShouldBe(english);
        Localizer.French.RelativeTime(elapsed).ShouldBe(french);
        Localizer.Kinyarwanda.RelativeTime(elapsed).ShouldBe(kinyarwanda);
    }
}
