using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class UploadDirectiveTests
{
    [Fact]
    public async Task Upload_binds_a_variable_the_next_cell_can_use()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("movies.csv", "title,year,rating\nAlien,1979,8.5\nHeat,1995,8.3\nUp,2009,\n");

        var upload = await session.SubmitAsync("#!upload movies.csv");
        var next = await session.SubmitAsync("movies.Rows.Count");

        upload.ShouldSucceed();
        upload.Html().ShouldContain("movies");
        next.OfType<ReturnValueProduced>().Single().Value.ShouldBe(3L);
    }

    [Fact]
    public async Task Upload_card_shows_types_missing_share_and_fingerprint()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("movies.csv", "title,year,rating\nAlien,1979,8.5\nHeat,1995,8.3\nUp,2009,\n");

        var html = (await session.SubmitAsync("#!upload movies.csv --name films")).Html();

        html.ShouldContain("films");
        html.ShouldContain("integer");
        html.ShouldContain("decimal");
        html.ShouldContain("33.3%");
        html.ShouldContain("Fingerprint");
    }

    [Fact]
    public async Task A_single_column_renders_as_a_typed_table()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("movies.csv", "title,year\nAlien,1979\nHeat,1995\n");
        (await session.SubmitAsync("#!upload movies.csv")).ShouldSucceed();

        var html = (await session.SubmitAsync("movies.Columns[\"year\"]")).Html();

        html.ShouldContain("nq-type");
        html.ShouldContain("1,995");
    }

    [Fact]
    public async Task A_missing_file_gives_a_clean_error_and_the_kernel_stays_usable()
    {
        using var session = await NotebookSession.StartAsync();

        var failed = (await session.SubmitAsync("#!upload nowhere.csv")).ShouldFail();
        var next = await session.SubmitAsync("1 + 1");

        failed.Message.ShouldContain("nowhere.csv");
        failed.Message.ShouldContain("was not found");
        failed.Message.ShouldNotContain("   at ");
        failed.Exception.ShouldBeNull();
        next.OfType<ReturnValueProduced>().Single().Value.ShouldBe(2);
    }

    [Fact]
    public async Task An_unknown_option_value_lists_the_allowed_ones_in_the_session_language()
    {
        using var session = await NotebookSession.StartAsync(Language.French);
        session.WriteFile("a.csv", "x\n1\n");

        var failed = (await session.SubmitAsync("#!upload a.csv --format xml")).ShouldFail();

        failed.Message.ShouldContain("n'accepte pas");
        failed.Message.ShouldContain("parquet");
    }

    [Fact]
    public async Task A_failed_upload_binds_no_variable()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("bad.csv", "a,b\n1,\"unterminated\n2,3\n");

        (await session.SubmitAsync("#!upload bad.csv --name broken --strict")).ShouldFail();
        var probe = await session.SubmitAsync("broken");

        probe.OfType<CommandFailed>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Upload_skips_comment_lines_and_title_lines_it_is_told_to()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("notes.csv", "Harvest report\nregion,tonnes\n# checked\nNorth,12\n#South,7\n");

        var upload = await session.SubmitAsync("#!upload notes.csv --comment # --skip-rows 1");
        var next = await session.SubmitAsync("notes.Rows.Count");

        upload.ShouldSucceed();
        next.OfType<ReturnValueProduced>().Single().Value.ShouldBe(1L);
    }

    [Theory]
    [InlineData("--comment ##", "--comment")]
    [InlineData("--skip-rows -1", "--skip-rows")]
    [InlineData("--skip-rows two", "--skip-rows")]
    public async Task A_bad_comment_or_skip_count_gives_a_localized_error(string option, string named)
    {
        using var session = await NotebookSession.StartAsync(Language.French);
        session.WriteFile("a.csv", "x\n1\n");

        var failed = (await session.SubmitAsync("#!upload a.csv " + option)).ShouldFail();

        failed.Message.ShouldContain(named);
        failed.Message.ShouldContain("attend");
        failed.Exception.ShouldBeNull();
    }

    [Fact]
    public async Task Loading_twice_is_harmless()
    {
        using var session = await NotebookSession.StartAsync();

        NalytiqExtension.Load(session.Kernel);
        var help = await session.SubmitAsync("#!nalytiq");

        help.ShouldSucceed();
        help.Html().ShouldContain("#!upload");
    }

    [Fact]
    public async Task Help_lists_every_command_and_option_in_kinyarwanda()
    {
        using var session = await NotebookSession.StartAsync(Language.Kinyarwanda);

        var html = (await session.SubmitAsync("#!nalytiq")).Html();

        html.ShouldContain("#!upload");
        html.ShouldContain("--delimiter");
        html.ShouldContain("--comment");
        html.ShouldContain("--skip-rows");
        html.ShouldContain("Simbuka imirongo itangirana");
        html.ShouldContain("Ururimi: Ikinyarwanda");
    }
}
