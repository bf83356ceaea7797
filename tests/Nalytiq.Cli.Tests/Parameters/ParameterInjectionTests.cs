using Nalytiq.Localization;
using Shouldly;
using Spectre.Console.Testing;
using Xunit;

namespace Nalytiq.Cli.Tests.Parameters;

[Collection(nameof(NotebookRunnerTests))]
public sealed class ParameterInjectionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-inject-").FullName;
    private readonly string _originalDirectory = Environment.CurrentDirectory;

    [Fact]
    public async Task Values_are_injected_right_after_the_parameters_cell_and_typed()
    {
        var notebook = new TestNotebook()
            .Markdown("# Parameters")
            .Code("var district = \"Huye\";\ndouble rate = 0.5;\nvar years = new[] { 2024 };", "parameters")
            .Code("$\"{district}|{rate.GetType().Name}:{rate}|{years.GetType().Name}:{string.Join(\"+\", years)}|{final}\"")
            .Write(Path.Combine(_directory, "params.ipynb"));
        var file = Path.Combine(_directory, "params.yaml");
        await File.WriteAllTextAsync(file, "district: Rusizi\nyears: [2023, 2025]\nfinal: true\n");
        var options = new RunOptions(notebook, Path.Combine(_directory, "out.ipynb"), Language.English)
        {
            Parameters = [new("rate", "2"), new("district", "Nyamasheke")],
            ParameterFiles = [file],
        };

        var result = await new NotebookRunner(new TestConsole(), Localizer.English).RunAsync(options, default);

        result.Succeeded.ShouldBeTrue(result.Error);
        var cells = TestNotebook.ReadCells(result.Output);
        cells.Length.ShouldBe(4);
        TestNotebook.Tags(cells[1]).ShouldBe(["parameters"]);
        TestNotebook.Tags(cells[2]).ShouldBe(["injected-parameters"]);
        TestNotebook.Source(cells[2]).ShouldBe(
            "// Parameters injected by nalytiq run\nvar district = \"Nyamasheke\";\nvar years = new int[] { 2023, 2025 };\nvar final = true;\ndouble rate = 2.0;");
        cells[3].GetProperty("outputs").ToString().ShouldContain("Nyamasheke|Double:2|Int32[]:2023+2025|True");
        var recorded = TestNotebook.ReadMetadata(result.Output).GetProperty("nalytiq").GetProperty("parameters");
        recorded.GetProperty("rate").GetDouble().ShouldBe(2.0);
        recorded.GetProperty("years").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Without_values_the_defaults_run_and_nothing_is_injected()
    {
        var notebook = new TestNotebook()
            .Code("var district = \"Huye\";", "parameters")
            .Code("district")
            .Write(Path.Combine(_directory, "defaults.ipynb"));

        var result = await new NotebookRunner(new TestConsole(), Localizer.English).RunAsync(new RunOptions(notebook, Path.Combine(_directory, "out.ipynb"), null), default);

        var cells = TestNotebook.ReadCells(result.Output);
        cells.Length.ShouldBe(2);
        cells[1].GetProperty("outputs").ToString().ShouldContain("Huye");
    }

    [Fact]
    public async Task A_dib_cell_is_tagged_with_a_quarto_option_line()
    {
        var notebook = Path.Combine(_directory, "params.dib");
        await File.WriteAllTextAsync(notebook, "#!csharp\n\n//| tags: [parameters]\nvar year = 2024;\n\n#!csharp\n\n$\"year {year}\"\n");
        var options = new RunOptions(notebook, Path.Combine(_directory, "out.ipynb"), null) { Parameters = [new("year", "2026")] };

        var result = await new NotebookRunner(new TestConsole(), Localizer.English).RunAsync(options, default);

        var cells = TestNotebook.ReadCells(result.Output);
        TestNotebook.Tags(cells[1]).ShouldBe(["injected-parameters"]);
        cells[2].GetProperty("outputs").ToString().ShouldContain("year 2026");
    }

    [Fact]
    public async Task Without_a_parameters_cell_the_values_go_first_with_a_warning()
    {
        var notebook = new TestNotebook().Code("$\"year {year}\"").Write(Path.Combine(_directory, "untagged.ipynb"));
        var console = new TestConsole();
        var options = new RunOptions(notebook, Path.Combine(_directory, "out.ipynb"), null) { Parameters = [new("year", "2026")] };

        var result = await new NotebookRunner(console, Localizer.English).RunAsync(options, default);

        console.Output.ShouldContain("No cell is tagged 'parameters'");
        var cells = TestNotebook.ReadCells(result.Output);
        TestNotebook.Tags(cells[0]).ShouldBe(["injected-parameters"]);
        cells[1].GetProperty("outputs").ToString().ShouldContain("year 2026");
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _originalDirectory;
        Directory.Delete(_directory, recursive: true);
    }
}
