namespace Nalytiq.TimeSeries;

/// <summary>Period arithmetic shared by the engine, its callers and the charts that label periods.</summary>
public static class ResamplePeriods
{
    /// <summary>The start of the period holding <paramref name="time"/>, keeping its <see cref="DateTime.Kind"/>.</summary>
    public static DateTime StartOf(this ResamplePeriod period, DateTime time) => period switch
    {
        ResamplePeriod.Day => time.Date,

        // DayOfWeek counts from Sunday = 0; ISO weeks start on Monday.
        ResamplePeriod.Week => time.Date.AddDays(-(((int)time.DayOfWeek + 6) % 7)),
        ResamplePeriod.Month => new DateTime(time.Year, time.Month, 1, 0, 0, 0, time.Kind),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>The start of the period after the one starting at <paramref name="start"/>.</summary>
    public static DateTime Next(this ResamplePeriod period, DateTime start) => period switch
    {
        ResamplePeriod.Day => start.AddDays(1),
        ResamplePeriod.Week => start.AddDays(7),
        ResamplePeriod.Month => start.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>
    /// How many periods span <paramref name="first"/> to <paramref name="last"/> (both period starts), both included.
    /// </summary>
    public static long CountBetween(this ResamplePeriod period, DateTime first, DateTime last) => period switch
    {
        ResamplePeriod.Day => ((last - first).Ticks / TimeSpan.TicksPerDay) + 1,
        ResamplePeriod.Week => ((last - first).Ticks / (7 * TimeSpan.TicksPerDay)) + 1,
        ResamplePeriod.Month => ((last.Year - first.Year) * 12L) + last.Month - first.Month + 1,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
