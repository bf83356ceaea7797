using Microsoft.DotNet.Interactive;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>
/// Where engine errors become cell errors: one clear paragraph in the session's language, never a stack trace,
/// and the kernel stays usable.
/// </summary>
internal static class DirectiveBoundary
{
    public static async Task RunAsync(KernelInvocationContext context, Workbench workbench, Func<LiveSlot, Task> handler)
    {
        var live = new LiveSlot(context);
        try
        {
            JobNotifications.ShowPending(context, workbench);
            await handler(live).ConfigureAwait(false);
        }
        catch (NalytiqException e)
        {
            live.Clear();
            context.Fail(context.Command, message: e.Localize(workbench.Text));
        }
        catch (OperationCanceledException)
        {
            live.Clear();
            context.Fail(context.Command, message: workbench.Text["Command_Cancelled"]);
        }
#pragma warning disable CA1031 // The boundary: anything else still becomes a readable message, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            live.Clear();
            context.Fail(context.Command, message: workbench.Text.Format("Command_Unexpected", e.GetType().Name, e.Message));
        }
    }
}

/// <summary>The cell's live output for one command, created on first use.</summary>
internal sealed class LiveSlot(KernelInvocationContext context)
{
    private LiveDisplay? _display;

    public void Show(object view)
    {
        if (_display is null)
        {
            _display = LiveDisplay.Show(context, view);
        }
        else
        {
            _display.Update(view);
        }
    }

    /// <summary>
    /// Awaits <paramref name="work"/>; only when it outlasts one refresh interval does a progress view appear, so quick
    /// commands leave just their result (or just their error) in the cell.
    /// </summary>
    public async Task<T> WhileAsync<T>(Task<T> work, Func<object> view, TimeProvider clock)
    {
        if (await Task.WhenAny(work, Task.Delay(LiveDisplay.Interval, clock)).ConfigureAwait(false) == work)
        {
            return await work.ConfigureAwait(false);
        }

        Show(view());
        return await _display!.WhileAsync(work, view, clock).ConfigureAwait(false);
    }

    public void Update(object view) => Show(view);

    public void Clear() => _display?.Clear();
}
