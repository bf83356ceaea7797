using System.Text.Json.Nodes;
using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter.Stdin;

/// <summary>
/// Asks the Jupyter client for a value on the stdin channel, on behalf of the running cell: an <c>input_request</c>
/// addressed to the client that sent the cell's <c>execute_request</c> and parented to it, answered by the next
/// <c>input_reply</c>. One request is outstanding at a time. A cell whose request said <c>allow_stdin: false</c> is
/// refused at once; the wait ends when the cell is interrupted or ends. Values are never logged.
/// </summary>
internal sealed class InputBroker(MessageFactory messages, Action<JupyterMessage> send, Func<Localizer> text, Action<string> log)
{
    private readonly Lock _lock = new();
    private RunningCell? _cell;
    private PendingInput? _pending;
    private StdinNotAllowedException? _refusal;

    /// <summary>True while a cell runs: console reads outside a cell see the end of the input instead.</summary>
    public bool InCell
    {
        get
        {
            lock (_lock)
            {
                return _cell is not null;
            }
        }
    }

    /// <summary>The last request for input the running cell was refused, if any: what its failure is really about.</summary>
    public StdinNotAllowedException? Refusal
    {
        get
        {
            lock (_lock)
            {
                return _refusal;
            }
        }
    }

    /// <summary>
    /// Lets the cell run by <paramref name="request"/> ask for input until the result is disposed;
    /// <paramref name="cellToken"/> (the cell's interrupt) ends any wait.
    /// </summary>
    public IDisposable Open(JupyterMessage request, CancellationToken cellToken)
    {
        var cell = new RunningCell(request, request.Flag("allow_stdin", false), cellToken);
        lock (_lock)
        {
            _cell = cell;
            _refusal = null;
        }

        return System.Reactive.Disposables.Disposable.Create(() => Close(cell));
    }

    /// <summary>The client's answer to <paramref name="prompt"/>; <see cref="StdinNotAllowedException"/> when it takes no input.</summary>
    public async Task<string> ReadAsync(string prompt, bool password, CancellationToken cancellationToken)
    {
        RunningCell? cell;
        lock (_lock)
        {
            cell = _cell;
        }

        if (cell is not { Allowed: true })
        {
            var refusal = new StdinNotAllowedException(text());
            lock (_lock)
            {
                if (cell is not null && _cell == cell)
                {
                    _refusal = refusal;
                }
            }

            throw refusal;
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cell.Token, cancellationToken);
        var request = messages.Reply(cell.Request, "input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password });
        var mine = new PendingInput(request.MessageId, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        while (true)
        {
            PendingInput? busy;
            lock (_lock)
            {
                busy = _pending;
                if (busy is null)
                {
                    _pending = mine;
                    break;
                }
            }

            // Another read (a task the cell started) is waiting: clients answer one request at a time.
            await ((Task)busy.Answer.Task).WaitAsync(waiting.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            waiting.Token.ThrowIfCancellationRequested();
        }

        try
        {
            // A cell interrupted while this read queued must not leave a request behind for the next cell to answer.
            waiting.Token.ThrowIfCancellationRequested();
            send(request);
            return await mine.Answer.Task.WaitAsync(waiting.Token).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
            {
                if (_pending == mine)
                {
                    _pending = null;
                }
            }

            // Reads queued behind this one move on, and a late reply finds nothing to answer.
            mine.Answer.TrySetCanceled(CancellationToken.None);
        }
    }

    /// <summary>
    /// Hands an <c>input_reply</c> to the waiting request. jupyter_client sends its replies without a parent header, so a
    /// reply without one answers whatever is waiting; one parented to another request is dropped.
    /// </summary>
    public void Answer(JupyterMessage reply)
    {
        if (reply.MessageType != "input_reply")
        {
            log($"ignored {reply.MessageType} on stdin");
            return;
        }

        PendingInput? pending;
        lock (_lock)
        {
            pending = _pending;
            var parent = reply.ParentHeader["msg_id"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : string.Empty;
            if (pending is null || (parent.Length > 0 && parent != pending.RequestId))
            {
                log("ignored an input_reply that answers no waiting input_request");
                return;
            }

            _pending = null;
        }

        pending.Answer.TrySetResult(reply.Text("value"));
    }

    private void Close(RunningCell cell)
    {
        PendingInput? pending;
        lock (_lock)
        {
            if (_cell != cell)
            {
                return;
            }

            _cell = null;
            _refusal = null;
            pending = _pending;
            _pending = null;
        }

        // Code the cell left running (a task, a thread) must not wait forever for an answer no one will send.
        pending?.Answer.TrySetCanceled();
    }

    private sealed record RunningCell(JupyterMessage Request, bool Allowed, CancellationToken Token);

    private sealed record PendingInput(string RequestId, TaskCompletionSource<string> Answer);
}
