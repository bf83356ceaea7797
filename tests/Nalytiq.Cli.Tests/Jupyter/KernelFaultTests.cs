using System.Globalization;
using Nalytiq.Cli.Jupyter;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// Faults and bad input against the real kernel process, driven by the real jupyter_client (kernel_faults.py, one
/// scenario per test, in the test's own folder): none may hang the kernel or lose what it recorded.
/// </summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class KernelFaultTests(InstalledKernel kernel) : IDisposable
{
    // What the kernel process may grow by while a cell prints 50 MB: it grew by about 260 MB before the limit.
    private const int FloodMemoryMegabytes = 100;

    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-faults-").FullName;

    [JupyterFact]
    public Task A_client_that_goes_away_mid_cell_leaves_the_kernel_serving_a_new_client_on_the_same_connection_file() =>
        ScenarioAsync("client_gone_mid_cell");

    [JupyterFact]
    public async Task Fifty_megabytes_on_stdout_are_coalesced_and_cut_at_the_limit_with_one_localized_note_in_bounded_memory()
    {
        const long written = 50_000_000;
        var note = Localizer.For(Language.French).Format("Kernel_OutputTruncated", written - CellOutputLimit.Characters, CellOutputLimit.Characters) + "\n";

        var output = await ScenarioAsync(
            "flood_stdout",
            CellOutputLimit.Characters.ToString(CultureInfo.InvariantCulture),
            note,
            "fr",
            FloodMemoryMegabytes.ToString(CultureInfo.InvariantCulture));

        output.ShouldContain("flood:");
    }

    [JupyterFact]
    public Task Shutdown_while_a_cell_never_ends_is_answered_and_the_process_exits_by_itself() =>
        ScenarioAsync("shutdown_stuck_cell", "shutdown", "10");

    [JupyterFact]
    public Task Restart_while_a_cell_never_ends_is_answered_the_process_exits_and_the_new_one_runs_cells() =>
        ScenarioAsync("shutdown_stuck_cell", "restart", "10");

    [JupyterFact]
    public Task Two_kernels_started_together_in_one_folder_both_work_and_keep_their_history_runs_and_cache_apart() =>
        ScenarioAsync("two_kernels_same_folder");

    [JupyterFact]
    public Task A_kernel_killed_during_training_leaves_the_run_abandoned_and_the_cache_usable_for_the_next_kernel() =>
        ScenarioAsync("kill_during_training");

    [JupyterFact]
    public Task A_message_of_an_unknown_type_gets_busy_and_idle_but_no_reply_and_the_kernel_keeps_answering() =>
        ScenarioAsync("unknown_message");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> ScenarioAsync(string scenario, params string[] arguments)
    {
        var (exitCode, output) = await kernel.RunAsync("kernel_faults.py", InstalledKernel.Name, _directory, [scenario, .. arguments]);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("OK " + scenario);
        return output;
    }
}
