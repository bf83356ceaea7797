namespace Nalytiq.Charts.Plotly.TimeSeries;

/// <summary>The rows that have a timestamp, sorted by it; rows of equal timestamps keep their input order.</summary>
/// <param name="Rows">Input row numbers in time order.</param>
/// <param name="Times">The timestamp of each of those rows.</param>
internal sealed record TimeOrder(int[] Rows, DateTime[] Times)
{
    public static TimeOrder Of(IReadOnlyList<DateTime?> timestamps)
    {
        var present = 0;
        for (var row = 0; row < timestamps.Count; row++)
        {
            present += timestamps[row].HasValue ? 1 : 0;
        }

        var ticks = new long[present];
        var rows = new int[present];
        for (int row = 0, i = 0; row < timestamps.Count; row++)
        {
            if (timestamps[row] is { } time)
            {
                ticks[i] = time.Ticks;
                rows[i++] = row;
            }
        }

        // Sorting primitive keys is several times faster than sorting (ticks, row) pairs, but unstable: put each run of
        // equal timestamps back in input order, so a period's values are always summed in the same order.
        Array.Sort(ticks, rows);
        for (var start = 0; start < ticks.Length;)
        {
            var end = start + 1;
            while (end < ticks.Length && ticks[end] == ticks[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(rows, start, end - start);
            }

            start = end;
        }

        var times = new DateTime[present];
        for (var i = 0; i < present; i++)
        {
            times[i] = timestamps[rows[i]]!.Value;
        }

        return new TimeOrder(rows, times);
    }
}
