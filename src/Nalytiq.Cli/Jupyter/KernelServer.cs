using System.Text.Json.Nodes;
using System.Threading.Channels;
using NetMQ;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// <c>nalytiq kernel</c>: the Jupyter messaging protocol (5.3) in front of the in-process C# kernel. Shell requests run
/// one at a time on one dispatcher, in the order they came, so cells execute in order; control requests have their own
/// dispatcher, so an interrupt or a shutdown is answered while a cell runs. Every request is wrapped in busy/idle
/// status messages on iopub.
/// </summary>
internal sealed partial class KernelServer(ConnectionInfo connection, NotebookKernel kernel, TextWriter log, TimeProvider clock)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly MessageSigner _signer = new(System.Text.Encoding.UTF8.GetBytes(connection.Key));
    private readonly MessageFactory _messages = new(clock);
    private readonly Channel<JupyterMessage> _shell = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly Channel<JupyterMessage> _control = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly TaskCompletionSource _shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private KernelSockets? _sockets;
    private long _arrivals;

    /// <summary>Serves until a <c>shutdown_request</c> is answered or <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using (var sockets = new KernelSockets(connection, OnReceive))
        using (ServeInput())
        {
            _sockets = sockets;
            _history = KernelHistory.Open(kernel.Options.HomeDirectory, clock, Log);
            kernel.Root.AddMiddleware(LimitConsoleAsync);
            sockets.Start();
            Log($"listening on {connection.Ip} (shell {connection.ShellPort}, control {connection.ControlPort}, iopub {connection.IopubPort}, stdin {connection.StdinPort}, heartbeat {connection.HeartbeatPort})");
            Publish(null, "status", new JsonObject { ["execution_state"] = "starting" });

            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var shell = DispatchAsync(_shell.Reader, KernelChannel.Shell, stopping.Token);
            var control = DispatchAsync(_control.Reader, KernelChannel.Control, stopping.Token);
            using (cancellationToken.Register(() => _shutdown.TrySetResult()))
            {
                await _shutdown.Task.ConfigureAwait(false);
            }

            Interrupt();
            await stopping.CancelAsync().ConfigureAwait(false);

            // A cell that ignores its cancellation token is not waited for: the process is ending anyway.
            await Task.WhenAny(Task.WhenAll(shell, control), Task.Delay(StopGrace, CancellationToken.None)).ConfigureAwait(false);
            await sockets.FlushAsync().WaitAsync(StopGrace, CancellationToken.None).ConfigureAwait(false);
            _sockets = null;
        }

        // Lets the lingering sockets deliver the shutdown reply before the process exits.
        NetMQConfig.Cleanup(block: true);
        Log("stopped");
    }

    // Runs on the socket thread: nothing may escape it, or the poller stops and the kernel goes deaf.
    private void OnReceive(KernelChannel channel, List<byte[]> frames)
    {
        try
        {
            Route(channel, frames);
        }
#pragma warning disable CA1031 // The socket thread's boundary: log and keep serving.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log($"dropped a message on {Name(channel)}: {e.Message}");
        }
    }

    private void Route(KernelChannel channel, List<byte[]> frames)
    {
        var message = WireFormat.Decode(frames, _signer, out var rejection);
        if (message is null)
        {
            Log($"dropped a message on {Name(channel)}: {rejection}");
            return;
        }

        message = message with { Arrival = Interlocked.Increment(ref _arrivals) };
        switch (channel)
        {
            case KernelChannel.Shell:
                _shell.Writer.TryWrite(message);
                break;
            case KernelChannel.Control:
                _control.Writer.TryWrite(message);
                break;
            case KernelChannel.Stdin:
                AnswerInput(message);
                break;
            default:
                Log($"ignored {message.MessageType} on {Name(channel)}");
                break;
        }
    }

    private async Task DispatchAsync(ChannelReader<JupyterMessage> requests, KernelChannel channel, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var request in requests.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await HandleAsync(channel, request).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private void Reply(KernelChannel channel, JupyterMessage request, string messageType, JsonObject content) =>
        Send(channel, _messages.Reply(request, messageType, content));

    private void Publish(JupyterMessage? parent, string messageType, JsonObject content) =>
        Send(KernelChannel.Iopub, _messages.Publish(parent, messageType, content));

    private void Status(JupyterMessage parent, string state) =>
        Publish(parent, "status", new JsonObject { ["execution_state"] = state });

    private void Send(KernelChannel channel, JupyterMessage message) =>
        _sockets?.Send(channel, WireFormat.Encode(message, _signer));

    private void Log(string message) => log.WriteLine($"nalytiq kernel: {message}");

    private static string Name(KernelChannel channel) => channel.ToString().ToLowerInvariant();
}
