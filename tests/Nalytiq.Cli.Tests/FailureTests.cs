using Shouldly;
using Spectre.Console.Testing;
using Xunit;

namespace Nalytiq.Cli.Tests;

[Collection(nameof(NotebookRunnerTests))]
public sealed class FailureTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-fail-").FullName;
    private readonly string _originalDirectory = Environment.CurrentDirectory;

    [Fact]
    public async Task A_failing_cell_stops_the_run_exits_non_zero_and_the_report_opens_on_a_banner_linking_to_it()
    {
        var notebook = Notebook("stop.ipynb");
        var output = Path.Combine(_directory, "stop.executed.ipynb");
        var report = Path.Combine(_directory, "stop.html");
        var console = new TestConsole();

        var exitCode = await CliApp.RunAsync(["run", notebook, "--output", output, "--report", report], console, default);

        exitCode.ShouldBe(1);
        console.Output.ShouldContain("Cell 4 failed");
        var cells = TestNotebook.ReadCells(output);
        cells[1].GetProperty("outputs").ToString().ShouldContain("first ran");
        cells[3].GetProperty("outputs")[0].GetProperty("output_type").GetString().ShouldBe("error");
        Status(cells[1]).ShouldBe("completed");
        Status(cells[3]).ShouldBe("failed");
        cells[3].GetProperty("metadata").GetProperty("nalytiq").GetProperty("exception").GetProperty("message").GetString()!.ShouldContain("nowhere.csv");
        Status(cells[4]).ShouldBe("not-run");
        Status(cells[5]).ShouldBe("not-run");
        cells[5].GetProperty("outputs").GetArrayLength().ShouldBe(0);
        var totals = TestNotebook.ReadMetadata(output).GetProperty("nalytiq");
        totals.GetProperty("status").GetString().ShouldBe("failed");
        totals.GetProperty("cells").GetProperty("not_run").GetInt32().ShouldBe(2);
        totals.GetProperty("exception").GetProperty("cell").GetInt32().ShouldBe(4);

        var html = await File.ReadAllTextAsync(report);
        var banner = html.IndexOf("id=\"nr-banner\"", StringComparison.Ordinal);
        banner.ShouldBeGreaterThan(0);
        banner.ShouldBeLessThan(html.IndexOf("<main", StringComparison.Ordinal));
        html.ShouldContain("This run failed at cell 4");
        html.ShouldContain("<a href=\"#cell-4\">Go to cell 4</a>");
        html.ShouldContain("class=\"nr-cell nr-code-cell nr-failed\" id=\"cell-4\"");
        html.ShouldContain("2 later code cells did not run");
        html.ShouldContain("first ran"); // the partial outputs
    }

    [Fact]
    public async Task Continue_on_error_runs_every_cell_and_ends_the_report_with_an_error_summary()
    {
        var notebook = Notebook("continue.ipynb");
        var output = Path.Combine(_directory, "continue.executed.ipynb");
        var report = Path.Combine(_directory, "continue.html");
        var console = new TestConsole();

        var exitCode = await CliApp.RunAsync(["run", notebook, "-o", output, "--report", report, "--continue-on-error"], console, default);

        exitCode.ShouldBe(1);
        console.Output.ShouldContain("2 of 4 code cells failed (cells 4, 6)");
        var cells = TestNotebook.ReadCells(output);
        Status(cells[4]).ShouldBe("completed");
        cells[4].GetProperty("outputs").ToString().ShouldContain("still ran");
        Status(cells[5]).ShouldBe("failed");
        var html = await File.ReadAllTextAsync(report);
        var summary = html.IndexOf("id=\"nr-errors\"", StringComparison.Ordinal);
        summary.ShouldBeGreaterThan(html.LastIndexOf("id=\"cell-6\"", StringComparison.Ordinal));
        var summaryHtml = html[summary..];
        summaryHtml.ShouldContain("<a href=\"#cell-4\">Cell 4</a>");
        summaryHtml.ShouldContain("<a href=\"#cell-6\">Cell 6</a>");
        summaryHtml.ShouldContain("nowhere.csv");
        summaryHtml.ShouldContain("CS0103");
        html.ShouldContain("Every cell ran; 2 failed.");
    }

    [Fact]
    public async Task A_wrong_command_line_exits_with_2_and_the_usage()
    {
        var console = new TestConsole();

        var exitCode = await CliApp.RunAsync(["run", "x.ipynb", "-p", "only-a-name"], console, default);

        exitCode.ShouldBe(2);
        console.Output.ShouldContain("needs a value");
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _originalDirectory;
        Directory.Delete(_directory, recursive: true);
    }

    private static string Status(System.Text.Json.JsonElement cell) =>
        cell.GetProperty("metadata").GetProperty("nalytiq").GetProperty("status").GetString()!;

    private string Notebook(string name) => new TestNotebook()
        .Markdown("# Failing on purpose")
        .Code("Console.WriteLine(\"first ran\");")
        .Markdown("## The failure")
        .Code("#!upload nowhere.csv")
        .Code("Console.WriteLine(\"still ran\");")
        .Code("undefinedVariable + 1")
        .Write(Path.Combine(_directory, name));
}
