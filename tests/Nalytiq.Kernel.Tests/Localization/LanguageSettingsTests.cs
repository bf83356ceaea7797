using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Localization;

public sealed class LanguageSettingsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_chosen_language_is_the_next_sessions_default()
    {
        await using (var workbench = new Workbench(WorkbenchOptions.FromEnvironment(_folder)))
        {
            var choice = await workbench.ChooseLanguageAsync("rw");
            choice.Warning.ShouldBeNull();
        }

        var next = WorkbenchOptions.FromEnvironment(_folder);

        next.Language.ShouldBe(Language.Kinyarwanda);
        next.Culture.ShouldBe("rw-RW");
    }

    [Fact]
    public async Task A_damaged_settings_file_falls_back_to_the_defaults()
    {
        Directory.CreateDirectory(Path.Combine(_folder, ".nalytiq"));
        await File.WriteAllTextAsync(Path.Combine(_folder, ".nalytiq", "settings.json"), "{ not json");

        var options = WorkbenchOptions.FromEnvironment(_folder);

        LanguageSettings.Load(options.HomeDirectory).ShouldBeNull();
        options.Culture.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("en", "en-US")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("en_GB", "en-GB")]
    [InlineData("fr", "fr-FR")]
    [InlineData("fr-BE", "fr-BE")]
    [InlineData("rw", "rw-RW")]
    [InlineData("fr-GB", "fr-FR")]
    public void A_region_chooses_the_number_and_date_formats_of_its_language(string choice, string culture) =>
        Localizer.Parse(choice).ShouldNotBeNull().Culture.Name.ShouldBe(culture);

    [Fact]
    public void British_english_writes_day_before_month()
    {
        var british = Localizer.Parse("en-GB").ShouldNotBeNull();

        british.DateTime(new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Unspecified)).ShouldBe("25/11/2026");
        british["Language_Name"].ShouldBe("English");
    }

    [Fact]
    public async Task An_unknown_language_is_refused_with_a_localized_message()
    {
        await using var workbench = new Workbench(WorkbenchOptions.FromEnvironment(_folder));

        var problem = await Should.ThrowAsync<NalytiqException>(() => workbench.ChooseLanguageAsync("de"));

        problem.Localize(Localizer.French).ShouldContain("« de »");
        File.Exists(Path.Combine(_folder, ".nalytiq", "settings.json")).ShouldBeFalse();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
