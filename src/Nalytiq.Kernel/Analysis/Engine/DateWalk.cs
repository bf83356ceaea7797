namespace Nalytiq.Analysis.Engine;

/// <summary>Figures of dates fed in ascending order: range, distinct count, step classes and the largest gap.</summary>
internal sealed class DateWalk
{
    private readonly long[] _steps = new long[(int)DateGranularity.Year + 1];
    private long _first;
    private long _last;
    private long _largestGap;
    private long _largestGapStart;

    public long Count { get; private set; }

    public long Distinct { get; private set; }

    public void Add(long ticks)
    {
        if (Count++ == 0)
        {
            _first = _last = ticks;
            Distinct = 1;
            return;
        }

        var step = ticks - _last;
        if (step == 0)
        {
            return;
        }

        Distinct++;
        _steps[(int)DateColumnProfiler.Classify(step)]++;
        if (step > _largestGap)
        {
            _largestGap = step;
            _largestGapStart = _last;
        }

        _last = ticks;
    }

    /// <summary>The most frequent step class wins; on a tie, the finer one.</summary>
    public DateSummary Summary()
    {
        DateGranularity? granularity = null;
        for (var g = 0; g < _steps.Length; g++)
        {
            if (_steps[g] > 0 && (granularity is null || _steps[g] > _steps[(int)granularity.Value]))
            {
                granularity = (DateGranularity)g;
            }
        }

        return new DateSummary(
            Count > 0 ? new DateTime(_first) : null,
            Count > 0 ? new DateTime(_last) : null,
            granularity,
            _largestGap > 0 ? TimeSpan.FromTicks(_largestGap) : null,
            _largestGap > 0 ? new DateTime(_largestGapStart) : null);
    }
}
