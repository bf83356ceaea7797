namespace Nalytiq.Analysis.Engine;

internal static partial class Correlations
{
    /// <summary>
    /// Spearman's coefficient of two integer columns counted per value, over their pairwise-complete rows: one pass
    /// counts each side's values on those rows, a second streams their average ranks (values below plus the middle of
    /// the ties) into Pearson's coefficient. Memory is the two value ranges, whatever the number of rows.
    /// </summary>
    private static double? CountedSubsetSpearman(
        ColumnSource x, ColumnSource y, ColumnRanks xRanks, ColumnRanks yRanks, double[] xs, double[] ys, CancellationToken cancellationToken)
    {
        var xCounts = new int[xRanks.RangeSize];
        var yCounts = new int[yRanks.RangeSize];
        for (var start = 0; start < x.Length; start += xs.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(xs.Length, x.Length - start);
            x.ReadDoubles(start, xs.AsSpan(0, length));
            y.ReadDoubles(start, ys.AsSpan(0, length));
            for (var k = 0; k < length; k++)
            {
                if (!double.IsNaN(xs[k]) && !double.IsNaN(ys[k]))
                {
                    xCounts[(int)((long)xs[k] - xRanks.RangeMin)]++;
                    yCounts[(int)((long)ys[k] - yRanks.RangeMin)]++;
                }
            }
        }

        Accumulate(xCounts);
        Accumulate(yCounts);
        var moments = new CoMoments();
        for (var start = 0; start < x.Length; start += xs.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(xs.Length, x.Length - start);
            x.ReadDoubles(start, xs.AsSpan(0, length));
            y.ReadDoubles(start, ys.AsSpan(0, length));
            for (var k = 0; k < length; k++)
            {
                if (!double.IsNaN(xs[k]) && !double.IsNaN(ys[k]))
                {
                    moments.Add(
                        AverageRank(xCounts, (int)((long)xs[k] - xRanks.RangeMin)),
                        AverageRank(yCounts, (int)((long)ys[k] - yRanks.RangeMin)));
                }
            }
        }

        return moments.Correlation;
    }

    private static void Accumulate(int[] counts)
    {
        for (var k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }
    }

    /// <summary>The average 1-based rank of the value at <paramref name="k"/> from cumulative counts.</summary>
    private static double AverageRank(int[] cumulative, int k)
    {
        var below = k > 0 ? cumulative[k - 1] : 0;
        return below + ((cumulative[k] - below + 1) / 2.0);
    }
}
