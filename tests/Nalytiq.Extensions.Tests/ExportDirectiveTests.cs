using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class ExportDirectiveTests
{
    private const string Harvests = """"
        date,district,kg,price,certified,note
        2025-03-01,Huye,4213,453.5,true,"dry, sunny"
        2025-03-01,Rusizi,,387.2,false,"said ""late"""
        2025-03-02,Huye,7614,401.0,true,Ikawa nziza
        2025-03-09,Karongi,5550,431.9,false,
        """";

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("parquet")]
    [InlineData("ndjson")]
    public async Task An_uploaded_frame_exports_and_uploads_back_equal_in_the_notebook(string extension)
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests);
        Directory.CreateDirectory(Path.Combine(session.Directory, "exports"));
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();

        var export = await session.SubmitAsync($"#!export harvests --to exports/harvests.{extension}");
        (await session.SubmitAsync($"#!upload exports/harvests.{extension} --name back")).ShouldSucceed();
        var same = await session.SubmitAsync("""
            harvests.Columns.Count == back.Columns.Count && harvests.Rows.Count == back.Rows.Count
            && Enumerable.Range(0, harvests.Columns.Count).All(c => harvests.Columns[c].DataType == back.Columns[c].DataType
                && Enumerable.Range(0, (int)harvests.Rows.Count).All(r => object.Equals(harvests.Columns[c][r], back.Columns[c][r])))
            """);

        export.ShouldSucceed();
        export.Html().ShouldContain($"harvests exported to harvests.{extension}");
        export.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).ShouldContain(v => v.MimeType == "text/plain" && v.Value.Contains("Rows: 4"));
        same.OfType<CommandFailed>().ShouldBeEmptyOrThrow();
        same.OfType<ReturnValueProduced>().Single().Value.ShouldBe(true);
    }

    [Fact]
    public async Task Exporting_again_needs_overwrite_and_then_says_it_replaced_the_file()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        (await session.SubmitAsync("#!export harvests --to copy.csv")).ShouldSucceed();

        var refused = await session.SubmitAsync("#!export harvests --to copy.csv");
        var replaced = await session.SubmitAsync("#!export harvests --to copy.csv --overwrite");

        refused.ShouldFail().Message.ShouldContain("already exists");
        refused.ShouldFail().Message.ShouldNotContain("   at ");
        replaced.ShouldSucceed();
        replaced.Html().ShouldContain("replacing the previous file");
    }

    [Fact]
    public async Task A_profile_bound_by_analyze_exports_as_an_html_report_in_french()
    {
        using var session = await NotebookSession.StartAsync(Language.French);
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        (await session.SubmitAsync("#!analyze harvests --name profil --no-cache")).ShouldSucceed();

        var export = await session.SubmitAsync("#!export profil --to profil.html");

        export.ShouldSucceed();
        System.Net.WebUtility.HtmlDecode(export.Html()).ShouldContain("profil exporté vers profil.html");
        var html = await File.ReadAllTextAsync(Path.Combine(session.Directory, "profil.html"));
        html.ShouldContain("<html lang=\"fr\">");
        html.ShouldContain("Profil de profil");
    }

    [Theory]
    [InlineData("#!export harvests --to out.csv --format pdf", "--format")]
    [InlineData("#!export harvests --to out.csv --culture xx-nowhere", "xx-nowhere")]
    [InlineData("#!export nothing --to out.csv", "no variable 'nothing'")]
    [InlineData("#!export text --to out.csv", "is a String")]
    [InlineData("#!export harvests --to missing/out.csv", "does not exist")]
    [InlineData("#!export harvests --to out.xls", "Cannot tell the format")]
    public async Task Mistakes_are_clear_one_line_errors(string magic, string expected)
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        (await session.SubmitAsync("var text = \"hello\";")).ShouldSucceed();

        var failed = (await session.SubmitAsync(magic)).ShouldFail();

        failed.Message.ShouldContain(expected);
        failed.Message.ShouldNotContain("   at ");
        Directory.GetFiles(session.Directory, "out*").ShouldBeEmpty();
    }

    [Fact]
    public async Task Help_lists_export_with_every_option()
    {
        using var session = await NotebookSession.StartAsync();

        var help = await session.SubmitAsync("#!nalytiq");

        var html = help.Html();
        html.ShouldContain("#!export");
        foreach (var option in new[] { "--to", "--format", "--overwrite", "--sheet", "--culture" })
        {
            html.ShouldContain(option);
        }
    }

    [Fact]
    public async Task A_large_frame_shows_live_progress_while_it_is_written()
    {
        // Quick timers: the progress view appears after milliseconds, however fast this machine writes the file.
        using var session = await NotebookSession.StartAsync(clock: new QuickTimers());
        (await session.SubmitAsync("""
            var n = 3_000_000;
            var big = new Microsoft.Data.Analysis.DataFrame(
                new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<long>("id", Enumerable.Range(0, n).Select(i => (long)i)),
                new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<double>("value", Enumerable.Range(0, n).Select(i => i * 0.5)),
                new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<DateTime>("when", Enumerable.Range(0, n).Select(i => new DateTime(2020, 1, 1).AddSeconds(i))));
            """)).ShouldSucceed();

        var export = await session.SubmitAsync("#!export big --to big.json");

        export.ShouldSucceed();
        var updates = export.OfType<DisplayedValueUpdated>().SelectMany(e => e.FormattedValues).Where(v => v.MimeType == "text/plain").Select(v => v.Value).ToList();
        updates.ShouldContain(v => v.StartsWith("Writing big.json", StringComparison.Ordinal) && v.Contains("of 3,000,000 rows"));
        updates[^1].ShouldStartWith("big exported to big.json");
    }
}
