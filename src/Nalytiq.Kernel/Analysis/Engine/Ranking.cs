namespace Nalytiq.Analysis.Engine;

/// <summary>Spearman's coefficient of paired values, ranking both sides in place with average ranks for ties.</summary>
internal static class Ranking
{
    /// <summary>
    /// Sorts the pairs by x and replaces x by its rank, then sorts them by y and replaces y by its rank: the pairs end
    /// up as (rank of x, rank of y) in some order, which is all Pearson's coefficient needs. No other copy is made.
    /// </summary>
    public static double? Spearman(Span<double> x, Span<double> y)
    {
        x.Sort(y);
        ReplaceByRanks(x);
        y.Sort(x);
        ReplaceByRanks(y);
        var moments = new CoMoments();
        for (var i = 0; i < x.Length; i++)
        {
            moments.Add(x[i], y[i]);
        }

        return moments.Correlation;
    }

    /// <summary>Replaces sorted values by their 1-based average ranks.</summary>
    private static void ReplaceByRanks(Span<double> sorted)
    {
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            var rank = ((start + end - 1) / 2.0) + 1;
            sorted.Slice(start, end - start).Fill(rank);
            start = end;
        }
    }
}
