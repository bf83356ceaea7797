using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>Profiles a date column from a sorted copy of its ticks.</summary>
internal static class DateColumnProfiler
{
    public static ColumnProfile Profile(PrimitiveSource<DateTime> source, CancellationToken cancellationToken)
    {
        var ticks = new long[source.Length - source.NullCount];
        var count = 0;
        for (var b = 0; b < source.Buffers.Length; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            var complete = source.NullCount == 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (complete || PrimitiveSource<DateTime>.IsValid(bits, i))
                {
                    ticks[count++] = span[i].Ticks;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var sorted = ticks.AsSpan(0, count);
        sorted.Sort();
        cancellationToken.ThrowIfCancellationRequested();

        long distinct = count > 0 ? 1 : 0;
        Span<long> steps = stackalloc long[(int)DateGranularity.Year + 1];
        steps.Clear();
        long largestGap = 0, largestGapStart = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            var step = sorted[i] - sorted[i - 1];
            if (step == 0)
            {
                continue;
            }

            distinct++;
            steps[(int)Classify(step)]++;
            if (step > largestGap)
            {
                largestGap = step;
                largestGapStart = sorted[i - 1];
            }
        }

        DateGranularity? granularity = null;
        for (var g = 0; g < steps.Length; g++)
        {
            if (steps[g] > 0 && (granularity is null || steps[g] > steps[(int)granularity.Value]))
            {
                granularity = (DateGranularity)g;
            }
        }

        var summary = new DateSummary(
            count > 0 ? new DateTime(sorted[0]) : null,
            count > 0 ? new DateTime(sorted[^1]) : null,
            granularity,
            largestGap > 0 ? TimeSpan.FromTicks(largestGap) : null,
            largestGap > 0 ? new DateTime(largestGapStart) : null);
        var missing = source.NullCount;
        return new ColumnProfile(
            source.Name,
            ColumnKind.DateTime,
            count,
            missing,
            NumericColumnProfiler.Share(missing, source.Length),
            distinct,
            IsDistinctEstimate: false,
            NumericColumnProfiler.Share(distinct, count),
            Date: summary);
    }

    public static DateGranularity Classify(long ticks) => ticks switch
    {
        < TimeSpan.TicksPerSecond => DateGranularity.SubSecond,
        < TimeSpan.TicksPerMinute => DateGranularity.Second,
        < TimeSpan.TicksPerHour => DateGranularity.Minute,
        < TimeSpan.TicksPerDay => DateGranularity.Hour,
        < 7 * TimeSpan.TicksPerDay => DateGranularity.Day,
        < 28 * TimeSpan.TicksPerDay => DateGranularity.Week,
        < 365 * TimeSpan.TicksPerDay => DateGranularity.Month,
        _ => DateGranularity.Year,
    };
}
