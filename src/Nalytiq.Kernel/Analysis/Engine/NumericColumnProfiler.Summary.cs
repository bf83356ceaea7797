using System.Numerics;

namespace Nalytiq.Analysis.Engine;

internal static partial class NumericColumnProfiler
{
    /// <summary>Moments, quantiles and histogram of sorted finite values; counts of zeros and signs are filled in by the caller.</summary>
    private static NumericSummary Summarize<T>(ReadOnlySpan<T> sorted, int bins)
        where T : unmanaged, INumber<T>
    {
        var n = sorted.Length;
        if (n == 0)
        {
            return new NumericSummary(null, null, null, null, null, null, null, null, null, null, 0, 0, 0, []);
        }

        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += double.CreateTruncating(sorted[i]);
        }

        var mean = sum / n;
        double m2 = 0, m3 = 0;
        for (var i = 0; i < n; i++)
        {
            var d = double.CreateTruncating(sorted[i]) - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
        }

        double? std = n > 1 ? Math.Sqrt(m2 / (n - 1)) : null;
        var skewness = Skewness(n, m2, m3);

        var min = double.CreateTruncating(sorted[0]);
        var max = double.CreateTruncating(sorted[n - 1]);
        return new NumericSummary(
            min,
            max,
            mean,
            std,
            Quantile(sorted, 0.05),
            Quantile(sorted, 0.25),
            Quantile(sorted, 0.50),
            Quantile(sorted, 0.75),
            Quantile(sorted, 0.95),
            skewness,
            0,
            0,
            0,
            Histogram(sorted, min, max, bins));
    }

    /// <summary>Linear interpolation between closest ranks (Hyndman–Fan type 7).</summary>
    public static double Quantile<T>(ReadOnlySpan<T> sorted, double p)
        where T : unmanaged, INumber<T>
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var low = double.CreateTruncating(sorted[lo]);
        if (lo + 1 >= sorted.Length)
        {
            return low;
        }

        var high = double.CreateTruncating(sorted[lo + 1]);
        return low + ((h - lo) * (high - low));
    }

    /// <summary>The bin edges of <paramref name="bins"/> equal-width bins from min to max (one bin when they are equal).</summary>
    public static double[] HistogramEdges(double min, double max, int bins)
    {
        if (!(max > min))
        {
            return [min, max];
        }

        bins = Math.Max(1, bins);
        var edges = new double[bins + 1];
        var width = (max - min) / bins;
        for (var i = 0; i < bins; i++)
        {
            edges[i] = min + (i * width);
        }

        edges[bins] = max;
        return edges;
    }

    private static HistogramBin[] Histogram<T>(ReadOnlySpan<T> sorted, double min, double max, int bins)
        where T : unmanaged, INumber<T>
    {
        var edges = HistogramEdges(min, max, bins);
        var result = new HistogramBin[edges.Length - 1];
        var k = 0;
        for (var b = 0; b < result.Length; b++)
        {
            var last = b == result.Length - 1;
            var start = k;
            while (k < sorted.Length && (last || double.CreateTruncating(sorted[k]) < edges[b + 1]))
            {
                k++;
            }

            result[b] = new HistogramBin(edges[b], edges[b + 1], k - start);
        }

        return result;
    }
}
