using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nalytiq.Cli.Jupyter;

/// <summary>Running cells: <c>execute_request</c>, interrupts, and aborting what was queued behind a failed cell.</summary>
internal sealed partial class KernelServer
{
    private readonly Lock _running = new();
    private readonly ConcurrentDictionary<string, bool> _displayed = new(StringComparer.Ordinal);
    private CancellationTokenSource? _runningCell;
    private int _executionCount;

    /// <summary>Cancels the running cell's token, if a cell is running: the cell ends with an "interrupted" error.</summary>
    public void Interrupt()
    {
        lock (_running)
        {
            _runningCell?.Cancel();
        }
    }

    private async Task ExecuteAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var silent = request.Flag("silent", false);
        var stored = !silent && request.Flag("store_history", true);
        if (stored)
        {
            _executionCount++;
        }

        var count = _executionCount;
        if (!silent)
        {
            Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }

        var (error, output) = string.IsNullOrWhiteSpace(code) ? default((ErrorReport?, string?)) : await RunCellAsync(request, code, count, silent).ConfigureAwait(false);
        if (stored)
        {
            History.Add(count, code, output);
        }

        if (error is null)
        {
            Reply(KernelChannel.Shell, request, "execute_reply", new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["payload"] = new JsonArray(),
                ["user_expressions"] = new JsonObject(),
            });
            return;
        }

        if (!silent)
        {
            Publish(request, "error", error.ToContent());
        }

        var reply = error.ToContent();
        reply["status"] = "error";
        reply["execution_count"] = count;

        // Read before the reply leaves: whatever arrives later may have been sent by a client that saw the failure.
        var queuedBefore = Interlocked.Read(ref _arrivals);
        Reply(KernelChannel.Shell, request, "execute_reply", reply);
        if (request.Flag("stop_on_error", true))
        {
            await AbortQueuedAsync(queuedBefore).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a cell: its error, if it failed, and the text/plain of its value, if it has one.</summary>
    private async Task<(ErrorReport? Error, string? Output)> RunCellAsync(JupyterMessage request, string code, int count, bool silent)
    {
        using var cell = new CancellationTokenSource();
        lock (_running)
        {
            _runningCell = cell;
        }

        using var input = AcceptInput(request, cell.Token);
        var publisher = new CellPublisher((type, content) => Publish(request, type, content), count, silent, _displayed, clock);
        var limit = LimitOutput();
        try
        {
            using var subscription = kernel.Root.KernelEvents.Subscribe(publisher);
            var result = await kernel.SubmitAsync(code, null, cell.Token).ConfigureAwait(false);
            var failed = result.Events.OfType<CommandFailed>().LastOrDefault();
            var output = result.Events.OfType<ReturnValueProduced>().LastOrDefault(r => r.Value is not DisplayedValue) is { } value ? CellPublisher.PlainText(value) : null;
            return (failed is null ? null : cell.IsCancellationRequested ? ErrorReport.Interrupted(kernel.Text) : CellError(failed), output);
        }
        catch (OperationCanceledException) when (cell.IsCancellationRequested)
        {
            // The kernel's scheduler gives up waiting for an interrupted cell by throwing rather than failing it.
            return (ErrorReport.Interrupted(kernel.Text), null);
        }
#pragma warning disable CA1031 // The cell boundary: whatever escapes the kernel is the cell's error, and the client gets its reply.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log($"cell failed outside the kernel: {e}");
            return (ErrorReport.From(e), null);
        }
        finally
        {
            EndOutput(request, publisher, limit, silent);
            lock (_running)
            {
                _runningCell = null;
            }
        }
    }

    /// <summary>
    /// After a failed cell with <c>stop_on_error</c>, the cells that were already queued behind it when its reply left
    /// (those received up to <paramref name="queuedBefore"/>) are not run: each gets an <c>aborted</c> reply. Other
    /// queued requests are answered as usual, and a cell sent after the client saw the failure runs.
    /// </summary>
    private async Task AbortQueuedAsync(long queuedBefore)
    {
        while (_shell.Reader.TryRead(out var queued))
        {
            if (queued.Arrival > queuedBefore)
            {
                // The rest of the queue came later still: answered by the dispatcher as usual, in order.
                await HandleAsync(KernelChannel.Shell, queued).ConfigureAwait(false);
                return;
            }

            if (queued.MessageType != "execute_request")
            {
                await HandleAsync(KernelChannel.Shell, queued).ConfigureAwait(false);
                continue;
            }

            Status(queued, "busy");
            Reply(KernelChannel.Shell, queued, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = _executionCount });
            Status(queued, "idle");
        }
    }
}
