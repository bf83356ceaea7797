using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class LangDirectiveTests
{
    [Fact]
    public async Task Lang_switches_later_outputs_and_the_choice_survives_a_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));
        var first = await NotebookSession.StartAsync(directory: directory, asAnalyst: true);

        var switched = await first.SubmitAsync("#!lang fr");
        var failed = await first.SubmitAsync("#!upload missing.csv");
        first.Dispose(deleteDirectory: false);
        using var second = await NotebookSession.StartAsync(directory: directory, asAnalyst: true);
        var shown = await second.SubmitAsync("#!lang");

        switched.ShouldSucceed();
        switched.HtmlText().ShouldContain("Nalytiq parle désormais français (fr-FR).");
        switched.HtmlText().ShouldContain(Localizer.French.Number(1234567.891, 2));
        switched.HtmlText().ShouldContain("25 novembre 2026");
        failed.ShouldFail().Message.ShouldContain("missing.csv");
        failed.ShouldFail().Message.ShouldNotContain("not found", Case.Insensitive);
        File.ReadAllText(Path.Combine(directory, ".nalytiq", "settings.json")).ShouldContain("\"language\": \"fr\"");
        NalytiqExtension.GetWorkbench(second.Kernel).Text.Language.ShouldBe(Language.French);
        shown.HtmlText().ShouldContain("Nalytiq parle français (fr-FR).");
    }

    [Fact]
    public async Task Lang_takes_a_region_for_number_and_date_formats()
    {
        using var session = await NotebookSession.StartAsync();

        var events = await session.SubmitAsync("#!lang en-GB");

        events.ShouldSucceed();
        events.HtmlText().ShouldContain("Nalytiq now speaks English (en-GB).");
        events.HtmlText().ShouldContain("25/11/2026");
        NalytiqExtension.GetWorkbench(session.Kernel).Text.Culture.Name.ShouldBe("en-GB");
    }

    [Fact]
    public async Task Lang_in_kinyarwanda_formats_numbers_the_rwandan_way()
    {
        using var session = await NotebookSession.StartAsync();

        var events = await session.SubmitAsync("#!lang rw");

        events.ShouldSucceed();
        events.HtmlText().ShouldContain("Nalytiq ubu ikoresha Ikinyarwanda (rw-RW).");
        events.HtmlText().ShouldContain("1.234.567,89");
        events.HtmlText().ShouldContain("Ugushyingo");
    }

    [Fact]
    public async Task An_unknown_language_gets_a_clear_message_and_changes_nothing()
    {
        using var session = await NotebookSession.StartAsync();

        var events = await session.SubmitAsync("#!lang de");

        events.ShouldFail().Message.ShouldBe("'de' is not one of Nalytiq's languages. Use en (English), fr (French) or rw (Kinyarwanda), optionally with a region such as en-GB.");
        NalytiqExtension.GetWorkbench(session.Kernel).Text.Language.ShouldBe(Language.English);
        File.Exists(Path.Combine(session.Directory, ".nalytiq", "settings.json")).ShouldBeFalse();
    }
}
