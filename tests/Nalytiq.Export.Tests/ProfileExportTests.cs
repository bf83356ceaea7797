using System.Text.Json;
using System.Text.RegularExpressions;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Export.Tests;

public sealed partial class ProfileExportTests : IDisposable
{
    private readonly ExportFolder _folder = new();

    [Fact]
    public async Task A_profile_exports_as_json_with_its_figures_and_alerts_in_words()
    {
        var profile = await DataProfiler.ProfileAsync(SampleFrames.Tricky());

        var result = await _folder.Workbench.ExportProfileAsync(profile, "tricky", "profile.json");

        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(result.Path));
        var root = document.RootElement;
        root.GetProperty("name").GetString().ShouldBe("tricky");
        root.GetProperty("language").GetString().ShouldBe("en");
        root.GetProperty("profile").GetProperty("overview").GetProperty("rows").GetInt64().ShouldBe(12);
        root.GetProperty("profile").GetProperty("columns").GetArrayLength().ShouldBe(7);
        root.GetProperty("alertMessages").GetArrayLength().ShouldBe(profile.Alerts.Count);
        result.Format.ShouldBe(DataFormat.Json);
        result.Columns.ShouldBe(7);
    }

    [Fact]
    public async Task The_html_report_is_self_contained_with_plotly_inlined_and_no_network_reference()
    {
        var profile = await DataProfiler.ProfileAsync(SampleFrames.Large(2_000));

        var result = await _folder.Workbench.ExportProfileAsync(profile, "sales", "report.html");

        var html = await File.ReadAllTextAsync(result.Path);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Profile of sales");
        html.ShouldContain("Plotly.newPlot");
        html.Length.ShouldBeGreaterThan(1_000_000, "plotly.js itself is inlined");
        var library = html.IndexOf("<script>", StringComparison.Ordinal);
        var page = html[..library] + html[html.IndexOf("</script>", library, StringComparison.Ordinal)..];
        ExternalReference().Matches(page).ShouldBeEmpty();
        page.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("The charts could not be drawn");
    }

    [Theory]
    [InlineData(Language.French, "lang=\"fr\"", "Profil de ventes", "Lignes")]
    [InlineData(Language.Kinyarwanda, "lang=\"rw\"", "ventes", "Imirongo")]
    public async Task The_html_report_is_in_the_session_language(Language language, string lang, string title, string rowsLabel)
    {
        using var folder = new ExportFolder(language);
        var profile = await DataProfiler.ProfileAsync(SampleFrames.Large(500));

        var result = await folder.Workbench.ExportProfileAsync(profile, "ventes", "rapport.html");

        var html = await File.ReadAllTextAsync(result.Path);
        html.ShouldContain(lang);
        html.ShouldContain(title);
        html.ShouldContain($"<th>{rowsLabel}</th>");
        html.ShouldContain(Localizer.For(language).Number(500L));
    }

    [Theory]
    [InlineData("profile.csv", "Export_ProfileFormat")]
    [InlineData("profile.parquet", "Export_ProfileFormat")]
    [InlineData("profile.pdf", "Export_UnknownFormat")]
    public async Task A_profile_refuses_table_formats(string name, string key)
    {
        var profile = await DataProfiler.ProfileAsync(SampleFrames.Tricky());

        var error = await Should.ThrowAsync<ExportException>(() => _folder.Workbench.ExportProfileAsync(profile, "t", name));

        error.Text.Key.ShouldBe(key);
        _folder.Files().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_profile_export_refuses_to_overwrite_without_being_asked()
    {
        var profile = await DataProfiler.ProfileAsync(SampleFrames.Tricky());
        _folder.Write("report.html", "mine");

        await Should.ThrowAsync<ExportException>(() => _folder.Workbench.ExportProfileAsync(profile, "t", "report.html"));
        var replaced = await _folder.Workbench.ExportProfileAsync(profile, "t", "report.html", new ExportOptions { Overwrite = true });

        replaced.Replaced.ShouldBeTrue();
        (await File.ReadAllTextAsync(replaced.Path)).ShouldStartWith("<!DOCTYPE html>");
    }

    public void Dispose() => _folder.Dispose();

    // A script, stylesheet or image fetched from elsewhere would break the report offline.
    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:)?//|require\.config|cdn\.plot""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
