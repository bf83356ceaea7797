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
        var counter = new ValueCounter(xCounts, xRanks, yCounts, yRanks);
        CompletePairs.Stream(x, y, xs, ys, ref counter, cancellationToken);
        Accumulate(xCounts);
        Accumulate(yCounts);
        var ranks = new RankMoments(xCounts, xRanks, yCounts, yRanks);
        CompletePairs.Stream(x, y, xs, ys, ref ranks, cancellationToken);
        return ranks.Correlation;
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

    /// <summary>Counts each side's values on the pairwise-complete rows.</summary>
    private readonly struct ValueCounter(int[] xCounts, ColumnRanks xRanks, int[] yCounts, ColumnRanks yRanks) : IPairSink
    {
        public void Add(double x, double y)
        {
            xCounts[(int)((long)x - xRanks.RangeMin)]++;
            yCounts[(int)((long)y - yRanks.RangeMin)]++;
        }
    }

    /// <summary>Pearson's coefficient of the pairwise-complete rows' average ranks, read from cumulative counts.</summary>
    private struct RankMoments(int[] xCumulative, ColumnRanks xRanks, int[] yCumulative, ColumnRanks yRanks) : IPairSink
    {
        private CoMoments _moments;

        public readonly double? Correlation => _moments.Correlation;

        public void Add(double x, double y) => _moments.Add(
            AverageRank(xCumulative, (int)((long)x - xRanks.RangeMin)),
            AverageRank(yCumulative, (int)((long)y - yRanks.RangeMin)));
    }
}
