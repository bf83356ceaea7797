using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>A sample notebook, unchanged (<c>#r "nuget: Nalytiq.Extensions, …"</c> included), executed by nbclient with our kernel.</summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class NotebookThroughNbclientTests(InstalledKernel kernel) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-nbclient-").FullName;

    [JupyterFact]
    public async Task The_upload_notebook_runs_through_nbclient_without_error_outputs()
    {
        var notebooks = Path.Combine(RepositoryRoot.Path, "notebooks");
        var notebook = Path.Combine(_directory, "01-upload.ipynb");
        File.Copy(Path.Combine(notebooks, "01-upload.ipynb"), notebook);
        var data = Directory.CreateDirectory(Path.Combine(_directory, "data"));
        foreach (var file in new DirectoryInfo(Path.Combine(notebooks, "data")).GetFiles())
        {
            file.CopyTo(Path.Combine(data.FullName, file.Name));
        }

        var executed = Path.Combine(_directory, "01-upload.executed.ipynb");
        var (exitCode, output) = await kernel.RunAsync("run_notebook.py", InstalledKernel.Name, _directory, notebook, executed);

        exitCode.ShouldBe(0, output);
        output.ShouldMatch(@"OK [1-9]\d* cells");
        var json = await File.ReadAllTextAsync(executed);
        json.ShouldContain("\"output_type\": \"display_data\"");
        json.ShouldContain("\"output_type\": \"execute_result\"");
        File.Exists(Path.Combine(_directory, "exports", "harvests.parquet")).ShouldBeTrue("the notebook ran in its own folder");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
