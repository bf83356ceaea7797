namespace Nalytiq.Extensions.Tests;

/// <summary>
/// The system clock with timers a hundred times quicker: live displays appear after 4 ms instead of 0.4 s, so a test
/// sees progress even when a fast machine finishes the work in a fraction of a second.
/// </summary>
internal sealed class QuickTimers : TimeProvider
{
    private const int Speedup = 100;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private static TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, span.Ticks / Speedup));
}
