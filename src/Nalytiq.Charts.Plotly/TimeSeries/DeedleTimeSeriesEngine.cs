using Deedle;
using Nalytiq.TimeSeries;

namespace Nalytiq.Charts.Plotly.TimeSeries;

/// <summary>
/// Resamples time series with Deedle. The engine's <c>TimeSeriesRuntime</c> creates it by name inside the private
/// load context (Deedle needs FSharp.Core 10.1, like Plotly.NET) after checking the input; only the engine's plain
/// records cross the boundary.
/// </summary>
public sealed class DeedleTimeSeriesEngine : ITimeSeriesEngine
{
    /// <inheritdoc />
    public TimeSeriesResult Resample(TimeSeriesInput input, ResamplePeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ordered = TimeOrder.Of(input.Timestamps);
        var missingTimestamps = input.Timestamps.Count - ordered.Rows.Length;
        if (ordered.Rows.Length == 0)
        {
            var none = input.Columns.Select(c => new TimeSeriesColumnResult(c.Name, [], [], null)).ToArray();
            return new TimeSeriesResult(period, [], [], none, missingTimestamps);
        }

        // Timestamps repeat, and Deedle keys must be unique: each row is keyed by its rank in time order instead, so
        // the rows of one period hold consecutive keys, which is what Deedle's equivalence resampling groups.
        var keys = Enumerable.Range(0, ordered.Rows.Length).ToArray();
        var periodOfKey = Array.ConvertAll(ordered.Times, time => period.StartOf(time));
        var times = new Series<int, DateTime>(keys, ordered.Times);
        var starts = PeriodStarts(period, periodOfKey[0], periodOfKey[^1]);

        // One resampling finds each period's run of keys; realigning to every period start leaves empty periods missing.
        var runs = times.ResampleEquivalence(key => periodOfKey[key], chunk => new KeyRun(chunk.FirstKey(), chunk.LastKey()))
            .Realign(starts);
        var runOfPeriod = starts.Select(start => runs.TryGet(start) is { HasValue: true } run ? run.Value : (KeyRun?)null).ToArray();

        var columns = new TimeSeriesColumnResult[input.Columns.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            columns[c] = ResampleColumn(input.Columns[c], ordered.Rows, keys, runOfPeriod);
        }

        var counts = runOfPeriod.Select(run => run is { } r ? r.Last - r.First + 1 : 0).ToArray();
        return new TimeSeriesResult(period, starts, counts, columns, missingTimestamps);
    }

    private static TimeSeriesColumnResult ResampleColumn(TimeSeriesColumn column, int[] rows, int[] keys, KeyRun?[] runOfPeriod)
    {
        // Deedle reads NaN as a missing value, so null becomes NaN and both are skipped by Mean and ValueCount.
        var sorted = new double[rows.Length];
        for (var key = 0; key < rows.Length; key++)
        {
            sorted[key] = column.Values[rows[key]] ?? double.NaN;
        }

        var values = new Series<int, double>(keys, sorted);
        var means = new double?[runOfPeriod.Length];
        var valueCounts = new int[runOfPeriod.Length];
        for (var i = 0; i < runOfPeriod.Length; i++)
        {
            if (runOfPeriod[i] is { } run)
            {
                // Between on ordered keys is a view of the period's rows, not a copy.
                var chunk = values.Between(run.First, run.Last);
                valueCounts[i] = chunk.ValueCount;
                means[i] = valueCounts[i] > 0 ? chunk.Mean() : null;
            }
        }

        return new TimeSeriesColumnResult(column.Name, means, valueCounts, Trend.Fit(means));
    }

    private static DateTime[] PeriodStarts(ResamplePeriod period, DateTime first, DateTime last)
    {
        // Counted rather than looped until past the last start: the period after December 9999 does not exist.
        var starts = new DateTime[period.CountBetween(first, last)];
        starts[0] = first;
        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] = period.Next(starts[i - 1]);
        }

        return starts;
    }

    private readonly record struct KeyRun(int First, int Last);
}
