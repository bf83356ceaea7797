using Nalytiq.Localization;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// Issue 13: an interrupt from the real jupyter_client stops a long Nalytiq command within two seconds, leaves the
/// data as it was (no half-loaded frame, the run recorded as cancelled) and the next cell runs. The scenarios live in
/// interrupt_client.py and run the kernel in French; the data is written into the test's own folder.
/// </summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class KernelInterruptTests(InstalledKernel kernel, ITestOutputHelper output) : IDisposable
{
    private const string Bound = "2.0";

    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-interrupt-").FullName;

    [JupyterFact]
    public async Task Interrupting_an_upload_of_3_million_rows_leaves_the_variable_and_the_catalog_as_they_were()
    {
        SalesCsv.Write(_directory);
        File.WriteAllText(Path.Combine(_directory, "small.csv"), "id,city\n1,Kigali\n2,Huye\n3,Musanze\n");

        var measured = await ScenarioAsync("upload", "sales-3m.csv", "small.csv");

        measured.ShouldContain("upload: interrupt took");
    }

    [JupyterFact]
    public async Task Interrupting_the_analysis_of_3_million_rows_ends_the_cell_and_the_analysis_runs_again()
    {
        SalesCsv.Write(_directory);

        var measured = await ScenarioAsync("analyze", "sales-3m.csv");

        measured.ShouldContain("analyze: interrupt took");
    }

    [JupyterFact]
    public async Task Interrupting_a_training_records_its_run_as_cancelled_with_the_best_model_and_binds_nothing()
    {
        SalesCsv.Write(_directory, "sales-300k.csv", 300_000);

        var measured = await ScenarioAsync("train", "sales-300k.csv", Localizer.French["Runs_Status_Cancelled"]);

        measured.ShouldContain("train: interrupt took");
    }

    [JupyterFact]
    public async Task Interrupting_the_wait_for_a_background_training_stops_the_wait_and_the_job_runs_on_until_cancelled()
    {
        SalesCsv.Write(_directory, "sales-300k.csv", 300_000);

        var measured = await ScenarioAsync("job_wait", "sales-300k.csv");

        measured.ShouldContain("jobs --wait: interrupt took");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> ScenarioAsync(string scenario, params string[] arguments)
    {
        var (exitCode, printed) = await kernel.RunAsync(
            "interrupt_client.py", InstalledKernel.Name, _directory, [scenario, Bound, Localizer.French["Kernel_Interrupted"], .. arguments]);
        output.WriteLine(printed);

        exitCode.ShouldBe(0, printed);
        printed.ShouldContain("OK " + scenario);
        return printed;
    }
}
