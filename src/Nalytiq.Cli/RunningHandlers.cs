using Microsoft.DotNet.Interactive;

namespace Nalytiq.Cli;

/// <summary>
/// Counts the command handlers running in a kernel and its subkernels. The kernel's scheduler gives up on a cancelled
/// command at once, while its handler may still be stopping (an upload throwing away its columns, a training recording
/// its run as cancelled); waiting here until no handler runs is how a cancelled cell ends only once its work has.
/// </summary>
internal sealed class RunningHandlers
{
    private readonly Lock _gate = new();
    private int _running;
    private TaskCompletionSource? _idle;

    /// <summary>Counts every command <paramref name="kernel"/> and, for a composite, its subkernels handle.</summary>
    public void Attach(Kernel kernel)
    {
        kernel.AddMiddleware(async (command, context, next) =>
        {
            Enter();
            try
            {
                await next(command, context).ConfigureAwait(false);
            }
            finally
            {
                Exit();
            }
        });
        if (kernel is CompositeKernel composite)
        {
            foreach (var child in composite.ChildKernels)
            {
                Attach(child);
            }
        }
    }

    /// <summary>Completes when no handler is running, or after <paramref name="limit"/>; true when none is.</summary>
    public async Task<bool> WaitIdleAsync(TimeSpan limit, TimeProvider clock)
    {
        Task idle;
        lock (_gate)
        {
            if (_running == 0)
            {
                return true;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idle = _idle.Task;
        }

        try
        {
            await idle.WaitAsync(limit, clock).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Enter()
    {
        lock (_gate)
        {
            _running++;
        }
    }

    private void Exit()
    {
        lock (_gate)
        {
            if (--_running == 0 && _idle is { } idle)
            {
                _idle = null;
                idle.SetResult();
            }
        }
    }
}
