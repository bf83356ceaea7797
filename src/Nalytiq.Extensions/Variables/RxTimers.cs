using System.Reactive.Concurrency;
using System.Reactive.PlatformServices;

namespace Nalytiq.Extensions.Variables;

/// <summary>
/// Starts System.Reactive's two process-wide timers outside any cell. Rx creates them on first use: the collector of
/// its schedulers' clock registrations when the first scheduler is created, and the system clock monitor when the
/// first work item with a due time is queued. A timer keeps the execution context it was created in, and inside a
/// cell that context holds the cell's <c>KernelInvocationContext</c> with every event it produced: created by an
/// <c>#!upload</c>, a timer kept that frame for the life of the process (docs/host.md#memory-across-re-runs). Started
/// here with the flow of the context suppressed, and never stopped (a scheduler lives as long as the process, and the
/// clock keeps the reference taken here), they keep nothing.
/// </summary>
internal static class RxTimers
{
    private static int _started;

    public static void StartOutsideCells()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        using (ExecutionContext.SuppressFlow())
        {
            GC.KeepAlive(DefaultScheduler.Instance);
            try
            {
                SystemClock.AddRef();
            }
            catch (NotSupportedException)
            {
                // No clock monitoring on this platform: no timer to keep anything either.
            }
        }
    }
}
