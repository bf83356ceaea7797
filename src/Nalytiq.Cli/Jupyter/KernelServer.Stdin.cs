using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Cli.Jupyter.Stdin;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The stdin channel: while a cell runs, its console reads and the kernel's input requests (<c>@input</c>,
/// <c>@password</c>) become <c>input_request</c>s to the client that sent it, answered by its <c>input_reply</c>.
/// </summary>
internal sealed partial class KernelServer
{
    private InputBroker? _input;

    /// <summary>Routes input to the stdin channel until disposed, when <c>Console.In</c> is given back.</summary>
    private IDisposable ServeInput()
    {
        var input = new InputBroker(_messages, message => Send(KernelChannel.Stdin, message), () => kernel.Text, Log);
        kernel.ReadInputFrom(input.ReadAsync);
        var console = Console.In;
        Console.SetIn(new ConsoleInput(input));
        _input = input;
        return System.Reactive.Disposables.Disposable.Create(() =>
        {
            _input = null;
            Console.SetIn(console);
        });
    }

    /// <summary>Lets the cell of <paramref name="request"/> ask for input until disposed; its interrupt ends any wait.</summary>
    private IDisposable? AcceptInput(JupyterMessage request, CancellationToken cell) => _input?.Open(request, cell);

    /// <summary>
    /// A failed cell's error. When the cell was refused input, the failure that followed is reported as that refusal
    /// (a directive's "Input not provided.", <c>Kernel.GetInputAsync</c>'s plain exception), unless the cell's code
    /// failed for a reason of its own.
    /// </summary>
    private ErrorReport CellError(CommandFailed failed) =>
        _input?.Refusal is { } refusal && (failed.Exception is null || failed.Exception.Message == refusal.Message)
            ? ErrorReport.From(refusal)
            : ErrorReport.From(failed);

    // On the socket thread: the running cell may be blocked waiting for this very message.
    private void AnswerInput(JupyterMessage reply)
    {
        if (_input is { } input)
        {
            input.Answer(reply);
        }
        else
        {
            Log($"ignored {reply.MessageType} on stdin");
        }
    }
}
