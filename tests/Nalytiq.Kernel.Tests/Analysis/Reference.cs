namespace Nalytiq.Tests.Analysis;

/// <summary>Plain, obviously correct statistics the profiler is checked against: LINQ over the values, no cleverness.</summary>
internal static class Reference
{
    public static double Quantile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    public static double SampleStd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    public static double Skewness(IReadOnlyList<double> values)
    {
        double n = values.Count;
        var mean = values.Average();
        var m2 = values.Sum(v => Math.Pow(v - mean, 2)) / n;
        var m3 = values.Sum(v => Math.Pow(v - mean, 3)) / n;
        return Math.Sqrt(n * (n - 1)) / (n - 2) * (m3 / Math.Pow(m2, 1.5));
    }

    public static long[] HistogramCounts(IReadOnlyList<double> values, int bins)
    {
        var min = values.Min();
        var max = values.Max();
        var edges = Enumerable.Range(0, bins + 1).Select(i => i == bins ? max : min + (i * ((max - min) / bins))).ToArray();
        return Enumerable.Range(0, bins)
            .Select(b => (long)values.Count(v => v >= edges[b] && (b == bins - 1 ? v <= edges[b + 1] : v < edges[b + 1])))
            .ToArray();
    }

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var syy = y.Sum(b => (b - my) * (b - my));
        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Average ranks: the values below, plus the middle position among equal values (1-based).</summary>
    public static double[] Ranks(IReadOnlyList<double> values) =>
        values.Select(v => values.Count(w => w < v) + ((values.Count(w => w == v) + 1) / 2.0)).ToArray();

    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) => Pearson(Ranks(x), Ranks(y));

    /// <summary>Pairs where both sides are present and finite.</summary>
    public static (List<double> X, List<double> Y) Complete(IReadOnlyList<double?> x, IReadOnlyList<double?> y)
    {
        var pairs = x.Zip(y)
            .Where(p => p.First is { } a && double.IsFinite(a) && p.Second is { } b && double.IsFinite(b))
            .ToList();
        return (pairs.Select(p => p.First!.Value).ToList(), pairs.Select(p => p.Second!.Value).ToList());
    }
}
