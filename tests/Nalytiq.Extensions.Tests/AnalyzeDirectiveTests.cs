using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class AnalyzeDirectiveTests
{
    private const string Harvests = """
        date,district,kg,price,certified
        2025-03-01,Huye,4213,453.5,true
        2025-03-01,Rusizi,,387.2,false
        2025-03-02,Huye,7614,401.0,true
        2025-03-09,Karongi,5550,431.9,false
        2025-03-10,Huye,5518,482.1,true
        2025-03-17,Rusizi,2000,399.0,true
        """;

    [Fact]
    public async Task Analyze_computes_a_profile_then_serves_it_from_memory()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();

        var first = await session.SubmitAsync("#!analyze harvests");
        var second = await session.SubmitAsync("#!analyze harvests");

        first.ShouldSucceed();
        first.Html().ShouldContain("Profile of harvests");
        first.Html().ShouldContain("Computed in");
        first.Html().ShouldContain("MISSING");
        second.Html().ShouldContain("Served from memory");
    }

    [Fact]
    public async Task A_profile_survives_a_kernel_restart_through_garnet()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));
        var first = await NotebookSession.StartAsync(directory: directory);
        first.WriteFile("harvests.csv", Harvests);
        (await first.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        (await first.SubmitAsync("#!analyze harvests")).Html().ShouldContain("Computed in");
        first.Dispose(deleteDirectory: false);

        using var second = await NotebookSession.StartAsync(directory: directory);
        (await second.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        var again = await second.SubmitAsync("#!analyze harvests");

        again.ShouldSucceed();
        again.Html().ShouldContain("Served from the Garnet cache");
    }

    [Fact]
    public async Task Analyze_binds_the_profile_and_shows_groups_and_a_time_series()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();

        var analysis = await session.SubmitAsync("#!analyze harvests --by district --time date --every week --name profile");
        var rows = await session.SubmitAsync("profile.Overview.Rows");

        analysis.ShouldSucceed();
        analysis.Html().ShouldContain("By district");
        analysis.Html().ShouldContain("Over time: date per week");
        rows.OfType<ReturnValueProduced>().Single().Value.ShouldBe(6L);
    }

    [Fact]
    public async Task Wrong_variables_and_columns_get_clear_messages_in_french()
    {
        using var session = await NotebookSession.StartAsync(Language.French);
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();

        var missing = (await session.SubmitAsync("#!analyze nothing")).ShouldFail();
        var notFrame = (await session.SubmitAsync("var n = 3;\n#!analyze n")).ShouldFail();
        var badTime = (await session.SubmitAsync("#!analyze harvests --time district")).ShouldFail();

        missing.Message.ShouldContain("pas encore de variable");
        notFrame.Message.ShouldContain("pas un DataFrame");
        badTime.Message.ShouldContain("colonne de dates");
    }

    [Fact]
    public async Task Cache_reports_its_mode_and_hits_and_clears_our_entries()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests);
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        (await session.SubmitAsync("#!analyze harvests")).ShouldSucceed();
        (await session.SubmitAsync("#!analyze harvests")).ShouldSucceed();

        var statistics = (await session.SubmitAsync("#!cache")).Html();
        var cleared = (await session.SubmitAsync("#!cache --clear")).Html();
        var after = (await session.SubmitAsync("#!analyze harvests --refresh")).Html();

        statistics.ShouldContain("embedded Garnet");
        statistics.ShouldContain("1 (1 from memory, 0 from Garnet)");
        cleared.ShouldContain("entries removed");
        after.ShouldContain("Computed in");
    }
}
