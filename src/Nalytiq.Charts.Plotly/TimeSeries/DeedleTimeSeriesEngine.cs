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
        var rows = RowsInTimeOrder(input.Timestamps);
        var missingTimestamps = input.Timestamps.Count - rows.Length;
        if (rows.Length == 0)
        {
            var none = input.Columns.Select(c => new TimeSeriesColumnResult(c.Name, [], [], null)).ToArray();
            return new TimeSeriesResult(period, [], [], none, missingTimestamps);
        }

        // Timestamps repeat, and Deedle keys must be unique: key each row by its rank in time order instead. Rows of one
        // period then hold consecutive keys, which is what Deedle's equivalence resampling groups.
        var keys = Enumerable.Range(0, rows.Length).ToArray();
        var periodOfKey = rows.Select(row => period.StartOf(input.Timestamps[row]!.Value)).ToArray();
        var times = new Series<int, DateTime>(keys, rows.Select(row => input.Timestamps[row]!.Value).ToArray());
        var starts = PeriodStarts(period, periodOfKey[0], periodOfKey[^1]);

        // Realigning to every period start gives empty periods a missing count, read as 0.
        var counts = times.ResampleEquivalence(key => periodOfKey[key], chunk => chunk.KeyCount).Realign(starts);
        var columns = new TimeSeriesColumnResult[input.Columns.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            columns[c] = ResampleColumn(input.Columns[c], rows, keys, periodOfKey, starts);
        }

        return new TimeSeriesResult(
            period,
            starts,
            starts.Select(start => counts.TryGet(start).OrDefault(0)).ToArray(),
            columns,
            missingTimestamps);
    }

    private static TimeSeriesColumnResult ResampleColumn(
        TimeSeriesColumn column, int[] rows, int[] keys, DateTime[] periodOfKey, DateTime[] starts)
    {
        // Deedle reads NaN as a missing value, so null becomes NaN and both are skipped by Mean and ValueCount.
        var values = new Series<int, double>(keys, rows.Select(row => column.Values[row] ?? double.NaN).ToArray());
        var perPeriod = values.ResampleEquivalence(key => periodOfKey[key], chunk => (Mean: chunk.Mean(), Count: chunk.ValueCount))
            .Realign(starts);

        var means = new double?[starts.Length];
        var valueCounts = new int[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            var found = perPeriod.TryGet(starts[i]);
            if (found.HasValue && found.Value.Count > 0)
            {
                means[i] = found.Value.Mean;
                valueCounts[i] = found.Value.Count;
            }
        }

        return new TimeSeriesColumnResult(column.Name, means, valueCounts, Trend.Fit(means));
    }

    private static int[] RowsInTimeOrder(IReadOnlyList<DateTime?> timestamps)
    {
        var rows = new List<int>(timestamps.Count);
        for (var row = 0; row < timestamps.Count; row++)
        {
            if (timestamps[row].HasValue)
            {
                rows.Add(row);
            }
        }

        // A stable sort keeps rows of equal timestamps in input order.
        return [.. rows.OrderBy(row => timestamps[row]!.Value)];
    }

    private static DateTime[] PeriodStarts(ResamplePeriod period, DateTime first, DateTime last)
    {
        var starts = new List<DateTime>();
        for (var start = first; start <= last; start = period.Next(start))
        {
            starts.Add(start);
        }

        return [.. starts];
    }
}
