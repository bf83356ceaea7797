using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// Papermill's path, as far as this machine allows (papermill itself is not packaged for Debian): our kernel installed
/// under the old kernel's name <c>.net-csharp</c>, a notebook that names that kernelspec, and the parameters cell
/// papermill's C# translator injects (<c>var name = value;</c> lines after a tagged <c>parameters</c> cell), executed by
/// nbclient, which papermill drives underneath.
/// </summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class PapermillPathTests(InstalledKernel kernel) : IDisposable
{
    private const string OldKernelName = ".net-csharp";

    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-papermill-").FullName;

    [JupyterFact]
    public async Task A_notebook_naming_net_csharp_runs_on_our_kernel_with_papermill_style_injected_parameters()
    {
        await kernel.InstallAsAsync(OldKernelName);
        await File.WriteAllTextAsync(Path.Combine(_directory, "sales.csv"), "region,amount\nnorth,1.5\nsouth,2\neast,3.25\n");
        var notebook = new TestNotebook()
            .Code("var region = \"south\";\nvar rows = 3;", "parameters")
            .Code("// Parameters\nvar region = \"north\";\nvar rows = 10;\nvar strict = true;\n", "injected-parameters")
            .Code("#!upload sales.csv --name sales")
            .Code("$\"{region}:{rows * 2}:{strict}:{sales.Rows.Count}\"")
            .Write(Path.Combine(_directory, "report.ipynb"));
        var executed = Path.Combine(_directory, "report.executed.ipynb");

        var (exitCode, output) = await kernel.RunAsync("run_notebook.py", OldKernelName, _directory, notebook, executed);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("OK 4 cells");
        var result = TestNotebook.ReadCells(executed)[3].GetProperty("outputs")[0];
        result.GetProperty("output_type").GetString().ShouldBe("execute_result");
        result.GetProperty("data").GetProperty("text/plain").ToString().ShouldContain("north:20:True:3");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
