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
        var live = new LiveSlot(context, workbench.Options.TimeProvider);
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
