namespace Nalytiq.Analysis.Engine;

/// <summary>Average ranks (ties share the mean of their positions) and Spearman's coefficient on them.</summary>
internal static class Ranking
{
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var sorted = new double[n];
        var rows = new int[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = values[i];
            rows[i] = i;
        }

        Array.Sort(sorted, rows);
        var ranks = new double[n];
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && sorted[end] == sorted[start])
            {
                end++;
            }

            var rank = ((start + end - 1) / 2.0) + 1;
            for (var k = start; k < end; k++)
            {
                ranks[rows[k]] = rank;
            }

            start = end;
        }

        return ranks;
    }

    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var xr = AverageRanks(x);
        var yr = AverageRanks(y);
        var moments = new CoMoments();
        for (var i = 0; i < xr.Length; i++)
        {
            moments.Add(xr[i], yr[i]);
        }

        return moments.Correlation;
    }
}
