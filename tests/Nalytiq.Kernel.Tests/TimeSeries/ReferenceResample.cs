using Nalytiq.TimeSeries;

namespace Nalytiq.Tests.TimeSeries;

/// <summary>The plain computation the engine is checked against: LINQ grouping by a period start written out here.</summary>
internal static class ReferenceResample
{
    public static DateTime PeriodStart(DateTime time, ResamplePeriod period) => period switch
    {
        ResamplePeriod.Day => time.Date,
        ResamplePeriod.Week => time.Date.AddDays(time.DayOfWeek == DayOfWeek.Sunday ? -6 : -(int)time.DayOfWeek + 1),
        ResamplePeriod.Month => new DateTime(time.Year, time.Month, 1, 0, 0, 0, time.Kind),
        _ => throw new ArgumentOutOfRangeException(nameof(period)),
    };

    public static List<DateTime> AllPeriods(TimeSeriesInput input, ResamplePeriod period)
    {
        var present = input.Timestamps.OfType<DateTime>().ToList();
        var periods = new List<DateTime>();
        if (present.Count == 0)
        {
            return periods;
        }

        var last = PeriodStart(present.Max(), period);
        for (var p = PeriodStart(present.Min(), period); p <= last; p = period == ResamplePeriod.Month ? p.AddMonths(1) : p.AddDays(period == ResamplePeriod.Week ? 7 : 1))
        {
            periods.Add(p);
        }

        return periods;
    }

    public static Dictionary<DateTime, int> Counts(TimeSeriesInput input, ResamplePeriod period) =>
        input.Timestamps.OfType<DateTime>().GroupBy(t => PeriodStart(t, period)).ToDictionary(g => g.Key, g => g.Count());

    public static Dictionary<DateTime, double[]> Values(TimeSeriesInput input, int column, ResamplePeriod period) =>
        Enumerable.Range(0, input.Timestamps.Count)
            .Where(row => input.Timestamps[row] is not null)
            .GroupBy(row => PeriodStart(input.Timestamps[row]!.Value, period))
            .ToDictionary(
                g => g.Key,
                g => g.Select(row => input.Columns[column].Values[row]).Where(v => v is { } x && !double.IsNaN(x)).Select(v => v!.Value).ToArray());

    /// <summary>Ordinary least squares of mean against period position, by the normal equations.</summary>
    public static (double Slope, double Intercept)? Trend(IReadOnlyList<double?> means)
    {
        var points = means.Select((m, x) => (X: (double)x, Y: m)).Where(p => p.Y is not null).Select(p => (p.X, Y: p.Y!.Value)).ToList();
        if (points.Count < 2)
        {
            return null;
        }

        double n = points.Count, sx = points.Sum(p => p.X), sy = points.Sum(p => p.Y);
        double sxx = points.Sum(p => p.X * p.X), sxy = points.Sum(p => p.X * p.Y);
        var slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        return (slope, (sy - (slope * sx)) / n);
    }
}
