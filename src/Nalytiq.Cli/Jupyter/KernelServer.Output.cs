using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// Cells' console output: at most <see cref="CellOutputLimit.Characters"/> characters of it per cell reach the client,
/// coalesced by <see cref="CellPublisher"/>, then one note says how much was not shown.
/// </summary>
internal sealed partial class KernelServer
{
    private readonly CellConsole _console = new(clock);
    private volatile CellOutputLimit? _cellOutput;

    /// <summary>The running cell's limit, which the console middleware applies from now on.</summary>
    private CellOutputLimit LimitOutput() => _cellOutput = new CellOutputLimit();

    // A middleware of the root kernel: it runs inside each command, once the kernel has set up its console capture,
    // which is what the limit must stand in front of. Commands outside a cell (none today) are not limited.
    private async Task LimitConsoleAsync(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        using var scope = _cellOutput is { } limit ? _console.Enter(limit) : null;
        await next(command, context).ConfigureAwait(false);
    }

    /// <summary>After a cell: the rest of its streams go out, then the note on what the limit held back, if anything.</summary>
    private void EndOutput(JupyterMessage request, CellPublisher publisher, CellOutputLimit limit, bool silent)
    {
        _cellOutput = null;
        publisher.Dispose();
        if (limit.Omitted > 0 && !silent)
        {
            var note = kernel.Text.Format("Kernel_OutputTruncated", limit.Omitted, CellOutputLimit.Characters);
            Publish(request, "stream", new JsonObject { ["name"] = "stderr", ["text"] = note + "\n" });
        }
    }
}
