using System.Text.Json;
using Nalytiq.Localization;
using Shouldly;
using Spectre.Console.Testing;
using Xunit;

namespace Nalytiq.Cli.Tests;

// The runner sets the process's current directory to the notebook's folder, so these tests run one at a time.
[Collection(nameof(NotebookRunnerTests))]
[CollectionDefinition(nameof(NotebookRunnerTests), DisableParallelization = true)]
public sealed class NotebookRunnerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-run-").FullName;
    private readonly string _originalDirectory = Environment.CurrentDirectory;

    [Fact]
    public async Task Cells_run_in_order_and_their_outputs_are_written()
    {
        var notebook = WriteDib(
            "#r \"nuget: Nalytiq.Extensions, 0.1.0\"",
            "var answer = 6 * 7;\nConsole.WriteLine(\"computing\");\nanswer",
            "#!nalytiq");

        var result = await RunAsync(notebook);

        result.Succeeded.ShouldBeTrue(result.Error);
        result.CellsRun.ShouldBe(3);
        var cells = ReadCells(result.Output);
        Source(cells[1]).ShouldContain("#r \"nuget: Nalytiq.Extensions, 0.1.0\"");
        var outputs = cells[2].GetProperty("outputs").ToString();
        outputs.ShouldContain("computing");
        outputs.ShouldContain("42");
        cells[3].GetProperty("outputs").ToString().ShouldContain("#!upload");
    }

    [Fact]
    public async Task A_reference_to_another_nalytiq_version_runs_on_the_carried_one_with_a_one_line_note()
    {
        var notebook = WriteDib("#r \"nuget: Nalytiq.Extensions, 9.9.9\"", "#r \"nuget: Nalytiq.Extensions, 0.1.0\"\n1");

        var result = await RunAsync(notebook);

        result.Succeeded.ShouldBeTrue(result.Error);
        var cells = ReadCells(result.Output);
        var note = Localizer.English.Format("Cli_NalytiqVersionNote", Workbench.Version, "9.9.9", "Nalytiq.Extensions, 9.9.9");
        var shown = cells[1].GetProperty("outputs")[0].GetProperty("data").GetProperty("text/plain");
        (shown.ValueKind == JsonValueKind.Array ? string.Concat(shown.EnumerateArray().Select(line => line.GetString())) : shown.GetString()).ShouldBe(note);
        cells[2].GetProperty("outputs").ToString().ShouldNotContain("9.9.9");
    }

    [Fact]
    public async Task A_failing_cell_stops_the_run_and_is_named()
    {
        var notebook = WriteDib("var ok = 1;", "#!upload nowhere.csv", "var never = 2;");

        var result = await RunAsync(notebook);

        result.Succeeded.ShouldBeFalse();
        result.FailedCell.ShouldBe(3); // the .dib header cell counts as cell 1
        result.Error!.ShouldContain("nowhere.csv");
        var cells = ReadCells(result.Output);
        cells[2].GetProperty("outputs")[0].GetProperty("output_type").GetString().ShouldBe("error");
        cells[3].GetProperty("outputs").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_relative_output_path_starts_where_the_runner_was_started()
    {
        var notebook = WriteDib("1 + 1");
        var startedIn = Directory.CreateDirectory(Path.Combine(_directory, "caller")).FullName;
        Directory.CreateDirectory(Path.Combine(_directory, "nb"));
        File.Move(notebook, Path.Combine(_directory, "nb", "test.dib"));
        Environment.CurrentDirectory = startedIn;
        var runner = new NotebookRunner(new TestConsole(), Localizer.English);

        var result = await runner.RunAsync(new RunOptions("../nb/test.dib", "out/x.ipynb", null), default);

        result.Output.ShouldBe(Path.Combine(startedIn, "out", "x.ipynb"));
        File.Exists(result.Output).ShouldBeTrue();
    }

    [Fact]
    public async Task A_missing_notebook_is_a_clear_error()
    {
        var runner = new NotebookRunner(new TestConsole(), Localizer.English);

        var error = await Should.ThrowAsync<NalytiqException>(() => runner.RunAsync(new RunOptions(Path.Combine(_directory, "none.ipynb"), "x.ipynb", null), default));

        error.Message.ShouldContain("none.ipynb");
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _originalDirectory;
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<RunResult> RunAsync(string notebook)
    {
        var runner = new NotebookRunner(new TestConsole(), Localizer.English);
        return await runner.RunAsync(new RunOptions(notebook, Path.Combine(_directory, "out.ipynb"), Language.English), default);
    }

    private string WriteDib(params string[] cells)
    {
        var path = Path.Combine(_directory, "test.dib");
        File.WriteAllText(path, "#!markdown\n\n# A test notebook\n\n" + string.Concat(cells.Select(c => $"#!csharp\n\n{c}\n\n")));
        return path;
    }

    private static string Source(JsonElement cell) =>
        string.Concat(cell.GetProperty("source").EnumerateArray().Select(line => line.GetString()));

    private static JsonElement[] ReadCells(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.Clone())];
    }
}
