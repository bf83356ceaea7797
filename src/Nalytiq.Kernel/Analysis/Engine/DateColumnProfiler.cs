using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Profiles a date column by walking its dates in order: straight from the frame's buffer when they are already in
/// order (logs and time series usually are), otherwise from a sorted copy of the ticks.
/// </summary>
internal static class DateColumnProfiler
{
    public static ColumnProfile Profile(PrimitiveSource<DateTime> source, CancellationToken cancellationToken)
    {
        var complete = source.NullCount == 0;
        var sorted = true;
        var previous = long.MinValue;
        for (var b = 0; b < source.Buffers.Length && sorted; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            for (var i = 0; i < span.Length; i++)
            {
                if (complete || PrimitiveSource<DateTime>.IsValid(bits, i))
                {
                    var ticks = span[i].Ticks;
                    if (ticks < previous)
                    {
                        sorted = false;
                        break;
                    }

                    previous = ticks;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var walk = new DateWalk();
        if (sorted)
        {
            for (var b = 0; b < source.Buffers.Length; b++)
            {
                var span = source.Buffers[b].Span;
                var bits = source.Validity(b);
                for (var i = 0; i < span.Length; i++)
                {
                    if (complete || PrimitiveSource<DateTime>.IsValid(bits, i))
                    {
                        walk.Add(span[i].Ticks);
                    }
                }
            }
        }
        else
        {
            using var scratch = new Scratch((long)(source.Length - source.NullCount) * sizeof(long));
            var ticks = Copy(source, scratch);
            ticks.Sort();
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var t in ticks)
            {
                walk.Add(t);
            }
        }

        var missing = source.NullCount;
        return new ColumnProfile(
            source.Name,
            ColumnKind.DateTime,
            walk.Count,
            missing,
            NumericColumnProfiler.Share(missing, source.Length),
            walk.Distinct,
            IsDistinctEstimate: false,
            NumericColumnProfiler.Share(walk.Distinct, walk.Count),
            Date: walk.Summary());
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

    private static Span<long> Copy(PrimitiveSource<DateTime> source, Scratch scratch)
    {
        var ticks = scratch.Span<long>(0, (int)(source.Length - source.NullCount));
        var count = 0;
        var complete = source.NullCount == 0;
        for (var b = 0; b < source.Buffers.Length; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            for (var i = 0; i < span.Length; i++)
            {
                if (complete || PrimitiveSource<DateTime>.IsValid(bits, i))
                {
                    ticks[count++] = span[i].Ticks;
                }
            }
        }

        return ticks;
    }
}
