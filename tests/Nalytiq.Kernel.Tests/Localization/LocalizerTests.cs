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
