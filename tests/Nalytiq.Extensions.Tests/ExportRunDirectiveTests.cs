using System.Globalization;
using System.Text;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class ExportRunDirectiveTests
{
    [Fact]
    public async Task A_recorded_run_exports_to_json_with_its_lineage_and_to_a_self_contained_html_report()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("lots.csv", Lots(150));
        Directory.CreateDirectory(Path.Combine(session.Directory, "exports"));
        (await session.SubmitAsync("#!upload lots.csv")).ShouldSucceed();
        (await session.SubmitAsync("#!train lots --label grade --trainers sdca,fasttree --time-budget 20")).ShouldSucceed();

        var json = await session.SubmitAsync("#!export --run latest --to exports/run.json");
        var html = await session.SubmitAsync("#!export --run latest --to exports/run.html");
        var again = await session.SubmitAsync("#!export --run latest --to exports/run.html");
        var both = await session.SubmitAsync("#!export lots --run latest --to exports/both.json");

        json.ShouldSucceed();
        html.ShouldSucceed();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(session.Directory, "exports", "run.json")));
        var run = document.RootElement.GetProperty("run");
        run.GetProperty("status").GetString().ShouldBe("Completed");
        run.GetProperty("dataset").GetProperty("name").GetString().ShouldBe("lots");
        run.GetProperty("dataset").GetProperty("fingerprint").GetString()!.Length.ShouldBe(32);
        run.GetProperty("params").GetProperty("label").GetString().ShouldBe("grade");
        document.RootElement.GetProperty("metricHistory").EnumerateArray().Count(p => p.GetProperty("key").GetString() == "validation.auc").ShouldBeGreaterThanOrEqualTo(2);
        var page = File.ReadAllText(Path.Combine(session.Directory, "exports", "run.html"));
        page.ShouldContain("<h1>Training run ");
        page.ShouldContain("Input data (lineage)");
        page.ShouldContain("Plotly.newPlot");
        page.ShouldNotContain("<script src", Case.Insensitive); // plotly.js is inlined: nothing to fetch
        again.ShouldFail().Message.ShouldContain("--overwrite");
        both.ShouldFail().Message.ShouldBe("Export either a variable or a run (--run), not both.");
    }

    private static string Lots(int rows)
    {
        var random = new Random(5);
        var csv = new StringBuilder("altitude,defects,grade\n");
        for (var i = 0; i < rows; i++)
        {
            var altitude = 1500 + random.Next(500);
            var defects = random.Next(12);
            var grade = altitude / 100.0 - defects * 0.4 + random.NextDouble() > 15.5 ? "A" : "B";
            csv.Append(CultureInfo.InvariantCulture, $"{altitude},{defects},{grade}\n");
        }

        return csv.ToString();
    }
}
