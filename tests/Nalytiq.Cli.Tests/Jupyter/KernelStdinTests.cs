using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// Input on the stdin channel of <c>nalytiq kernel</c>, driven by the real jupyter_client (stdin_client.py): console
/// reads and <c>@input</c>/<c>@password</c> values answered with <c>input_reply</c>, refused at once without
/// <c>allow_stdin</c>, ended by an interrupt or a shutdown.
/// </summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class KernelStdinTests(InstalledKernel kernel) : IDisposable
{
    /// <summary>The password stdin_client.py answers with.</summary>
    private const string Secret = "s3cr3t-Pa55-7f1c";

    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-stdin-").FullName;

    [JupyterFact]
    public Task Console_reads_send_an_input_request_and_return_the_input_reply_value() => ScenarioAsync("console_input");

    [JupyterFact]
    public async Task Input_and_password_values_are_asked_on_stdin_and_a_password_never_reaches_iopub_history_or_the_log()
    {
        var output = await ScenarioAsync("input_values");

        // The output holds the kernel's stderr log as well as the script's own lines.
        output.ShouldNotContain(Secret);
    }

    [JupyterFact]
    public async Task Without_allow_stdin_a_cell_that_asks_for_input_fails_at_once_with_a_localized_error()
    {
        var output = await ScenarioAsync("not_allowed");

        output.ShouldContain("refused in");
    }

    [JupyterFact]
    public async Task An_interrupt_ends_a_wait_for_input_within_two_seconds_and_the_kernel_stays_usable()
    {
        var output = await ScenarioAsync("interrupted");

        output.ShouldContain("interrupted in");
    }

    [JupyterFact]
    public async Task A_shutdown_while_a_cell_waits_for_input_ends_the_process()
    {
        var output = await ScenarioAsync("shutdown_waiting");

        output.ShouldContain("after shutdown_request");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> ScenarioAsync(string scenario)
    {
        var (exitCode, output) = await kernel.RunAsync("stdin_client.py", InstalledKernel.Name, _directory, scenario);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("OK " + scenario);
        return output;
    }
}
