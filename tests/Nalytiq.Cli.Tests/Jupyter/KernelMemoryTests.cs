using System.Globalization;
using Nalytiq.Cli.Tests.Memory;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// <c>nalytiq kernel</c> driven by the real jupyter_client (memory_client.py): re-running a cell that binds a large
/// value keeps about one such value on the kernel's managed heap, which a cell reports after each run.
/// </summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class KernelMemoryTests(InstalledKernel kernel, ITestOutputHelper output) : IDisposable
{
    private const int Runs = 10;
    private const long ArrayBytes = 12_000_000L * sizeof(double);

    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-kernel-memory-").FullName;

    [JupyterFact]
    public Task Rerunning_a_large_array_cell_ten_times_keeps_about_one_array_on_the_kernels_heap() =>
        ScenarioAsync("array_reruns", ArrayBytes, "check: 12000000");

    [JupyterFact]
    public Task Reuploading_a_three_million_row_csv_ten_times_keeps_about_one_frame_on_the_kernels_heap() =>
        ScenarioAsync("upload_reruns", MemoryAcrossRerunsTests.FrameBytes, "check: 3000000", SalesCsv.Write(_directory));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task ScenarioAsync(string scenario, long maxGrowth, string check, params string[] arguments)
    {
        var (exitCode, text) = await kernel.RunAsync(
            "memory_client.py",
            InstalledKernel.Name,
            _directory,
            [scenario, Runs.ToString(CultureInfo.InvariantCulture), maxGrowth.ToString(CultureInfo.InvariantCulture), .. arguments]);

        output.WriteLine(string.Join('\n', text.Split('\n').Where(l => l.StartsWith("heap", StringComparison.Ordinal) || l.StartsWith("check", StringComparison.Ordinal))));
        exitCode.ShouldBe(0, text);
        text.ShouldContain("OK " + scenario);
        text.ShouldContain(check);
    }
}
