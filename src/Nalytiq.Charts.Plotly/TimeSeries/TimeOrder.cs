namespace Nalytiq.Charts.Plotly.TimeSeries;

/// <summary>The rows that have a timestamp, sorted by it; rows of equal timestamps keep their input order.</summary>
/// <param name="Rows">Input row numbers in time order.</param>
/// <param name="Times">The timestamp of each of those rows.</param>
internal sealed record TimeOrder(int[] Rows, DateTime[] Times)
{
    public static TimeOrder Of(IReadOnlyList<DateTime?> timestamps)
    {
        var keys = new List<(long Ticks, int Row)>(timestamps.Count);
        for (var row = 0; row < timestamps.Count; row++)
        {
            if (timestamps[row] is { } time)
            {
                keys.Add((time.Ticks, row));
            }
        }

        // The row number breaks ties, which makes the order stable: a period's values are then always summed in input
        // order, so its mean does not depend on the sort.
        keys.Sort();
        var rows = new int[keys.Count];
        var times = new DateTime[keys.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = keys[i].Row;
            times[i] = timestamps[rows[i]]!.Value;
        }

        return new TimeOrder(rows, times);
    }
}
