using Nalytiq.Localization;
using NetMQ;
using NetMQ.Sockets;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The five sockets of a kernel, bound on the connection file's address only, and the one poller thread that owns
/// them: every send goes through its queue (NetMQ sockets are not thread-safe), every receive is handed on as frames.
/// The heartbeat is echoed on the poller thread, so it keeps beating while a cell runs.
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);

    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<Outgoing> _outgoing = new();
    private readonly NetMQPoller _poller;

    public KernelSockets(ConnectionInfo connection, Action<KernelChannel, List<byte[]>> onReceive)
    {
        Bind(_shell, connection.Address(connection.ShellPort));
        Bind(_control, connection.Address(connection.ControlPort));
        Bind(_stdin, connection.Address(connection.StdinPort));
        Bind(_iopub, connection.Address(connection.IopubPort));
        Bind(_heartbeat, connection.Address(connection.HeartbeatPort));

        _shell.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Shell, onReceive);
        _control.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Control, onReceive);
        _stdin.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Stdin, onReceive);
        _heartbeat.ReceiveReady += (_, e) =>
        {
            var ping = e.Socket.ReceiveMultipartMessage();
            e.Socket.SendMultipartMessage(ping);
        };
        _outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var message, TimeSpan.Zero))
            {
                if (message.Frames is { } frames)
                {
                    Socket(message.Channel).SendMultipartMessage(frames);
                }

                message.Sent?.TrySetResult();
            }
        };
        _poller = new NetMQPoller { _shell, _control, _stdin, _iopub, _heartbeat, _outgoing };
    }

    public void Start() => _poller.RunAsync("nalytiq-kernel-sockets");

    public void Send(KernelChannel channel, NetMQMessage frames) => _outgoing.Enqueue(new Outgoing(channel, frames, null));

    /// <summary>Completes once everything queued before it has been handed to its socket.</summary>
    public Task FlushAsync()
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _outgoing.Enqueue(new Outgoing(KernelChannel.Iopub, null, sent));
        return sent.Task;
    }

    public void Dispose()
    {
        if (_poller.IsRunning)
        {
            _poller.Stop();
        }

        _poller.Dispose();
        _outgoing.Dispose();
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat })
        {
            socket.Dispose();
        }
    }

    private static void Bind(NetMQSocket socket, string address)
    {
        // Queued replies (the shutdown reply above all) still leave when the sockets close.
        socket.Options.Linger = Linger;
        try
        {
            socket.Bind(address);
        }
        catch (NetMQException e)
        {
            throw new KernelStartException(new LocalizedText("Kernel_CannotBind", address, e.Message), e);
        }
    }

    private static void Receive(NetMQSocket socket, KernelChannel channel, Action<KernelChannel, List<byte[]>> onReceive)
    {
        var message = new NetMQMessage();
        while (socket.TryReceiveMultipartMessage(ref message))
        {
            onReceive(channel, message.Select(frame => frame.ToByteArray()).ToList());
            message = new NetMQMessage();
        }
    }

    private NetMQSocket Socket(KernelChannel channel) => channel switch
    {
        KernelChannel.Shell => _shell,
        KernelChannel.Control => _control,
        KernelChannel.Stdin => _stdin,
        _ => _iopub,
    };

    private sealed record Outgoing(KernelChannel Channel, NetMQMessage? Frames, TaskCompletionSource? Sent);
}
