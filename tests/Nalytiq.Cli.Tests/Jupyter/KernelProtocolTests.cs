using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// <c>nalytiq kernel</c> started and driven by the real jupyter_client (kernel_client.py), one kernel per test. The
/// expectations live in the script's scenarios; a failure prints what differed and the kernel's log.
/// </summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class KernelProtocolTests(InstalledKernel kernel) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-kernel-").FullName;

    [JupyterFact]
    public Task Kernel_info_describes_csharp_on_shell_and_control_with_busy_idle_and_a_heartbeat() => ScenarioAsync("kernel_info");

    [JupyterFact]
    public Task A_cell_streams_stdout_and_its_result_carries_text_plain() => ScenarioAsync("execute_output");

    [JupyterFact]
    public Task A_displayed_value_that_is_updated_sends_update_display_data_with_its_display_id() => ScenarioAsync("display_update");

    [JupyterFact]
    public Task A_failing_cell_reports_its_exception_without_framework_frames() => ScenarioAsync("error");

    [JupyterFact]
    public Task Stop_on_error_aborts_the_cell_queued_behind_a_failure() => ScenarioAsync("stop_on_error");

    [JupyterFact]
    public Task Is_complete_answers_from_the_csharp_syntax_tree() => ScenarioAsync("is_complete");

    [JupyterFact]
    public Task Complete_offers_members_and_earlier_variables_as_plain_names_with_their_kinds() => ScenarioAsync("complete");

    [JupyterFact]
    public Task Inspect_answers_with_the_signature_and_documentation_as_plain_text_and_markdown() => ScenarioAsync("inspect");

    [JupyterFact]
    public Task History_answers_tail_range_and_search_and_survives_a_restart() => ScenarioAsync("history_across_restarts");

    [JupyterFact]
    public Task A_corrupt_or_unwritable_history_file_never_breaks_execution() => ScenarioAsync("history_file_broken");

    [JupyterFact]
    public Task A_message_with_a_bad_signature_is_dropped_and_never_executed() => ScenarioAsync("bad_signature");

    [JupyterFact]
    public async Task Interrupt_ends_a_waiting_cell_within_two_seconds_and_the_next_cell_runs()
    {
        var output = await ScenarioAsync(InstalledKernel.Name, "interrupt", "2.0");

        output.ShouldContain("interrupt took");
    }

    [JupyterFact]
    public async Task A_client_without_message_interrupts_sends_sigint_which_interrupts_the_cell_not_the_kernel()
    {
        var output = await ScenarioAsync(InstalledKernel.SignalName, "interrupt", "2.0");

        output.ShouldContain("interrupt took");
    }

    [JupyterFact]
    public Task Shutdown_echoes_restart_replies_and_the_process_exits_with_0() => ScenarioAsync("shutdown");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<string> ScenarioAsync(string scenario, params string[] arguments) =>
        ScenarioAsync(InstalledKernel.Name, scenario, arguments);

    private async Task<string> ScenarioAsync(string kernelName, string scenario, params string[] arguments)
    {
        var (exitCode, output) = await kernel.RunAsync("kernel_client.py", kernelName, _directory, [scenario, .. arguments]);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("OK " + scenario);
        return output;
    }
}
