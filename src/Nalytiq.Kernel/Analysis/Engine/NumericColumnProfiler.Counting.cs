using System.Numerics;

namespace Nalytiq.Analysis.Engine;

internal static partial class NumericColumnProfiler
{
    /// <summary>
    /// Counting pays off when the value range is no wider than the column (plus a little for tiny columns); the values
    /// must also fit a long, which only the largest unsigned 64-bit values do not.
    /// </summary>
    private static bool CountingFits<T>(T min, T max, int length)
        where T : unmanaged, INumber<T> =>
        Int128.CreateTruncating(max) <= long.MaxValue
        && Int128.CreateTruncating(max) - Int128.CreateTruncating(min) < Math.Max(length, 1 << 16);

    /// <summary>The integer path: one count per value between min and max, then every figure from the counts.</summary>
    private static (ColumnProfile Profile, ColumnRanks? Ranks) Counting<T>(
        PrimitiveSource<T> source, ScanResult<T> scan, ProfileOptions options, bool wantRanks, long present, long missing,
        CancellationToken cancellationToken)
        where T : unmanaged, INumber<T>
    {
        var min = long.CreateTruncating(scan.Min);
        var counts = new int[(int)(long.CreateTruncating(scan.Max) - min) + 1];
        var complete = source.NullCount == 0;
        for (var b = 0; b < source.Buffers.Length; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            for (var i = 0; i < span.Length; i++)
            {
                if (complete || PrimitiveSource<T>.IsValid(bits, i))
                {
                    counts[(int)(long.CreateTruncating(span[i]) - min)]++;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        long distinct = 0, zeros = 0, negatives = 0;
        Int128 sum = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            var c = counts[k];
            if (c == 0)
            {
                continue;
            }

            var v = min + k;
            distinct++;
            sum += (Int128)v * c;
            zeros += v == 0 ? c : 0;
            negatives += v < 0 ? c : 0;
        }

        var n = scan.Finite;
        var mean = (double)sum / n;
        double m2 = 0, m3 = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            var d = (min + k) - mean;
            var d2 = d * d * counts[k];
            m2 += d2;
            m3 += d2 * d;
        }

        // From here on counts[k] holds the number of values ≤ min + k.
        for (var k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }

        var summary = new NumericSummary(
            min,
            min + counts.Length - 1,
            mean,
            n > 1 ? Math.Sqrt(m2 / (n - 1)) : null,
            CountedQuantile(counts, min, 0.05),
            CountedQuantile(counts, min, 0.25),
            CountedQuantile(counts, min, 0.50),
            CountedQuantile(counts, min, 0.75),
            CountedQuantile(counts, min, 0.95),
            Skewness(n, m2, m3),
            zeros,
            negatives,
            0,
            CountedHistogram(counts, min, options.HistogramBins));
        // Correlations read values as doubles, which hold every integer up to 2^53 exactly; beyond that they sort.
        const long ExactInDouble = 1L << 53;
        var ranks = min > -ExactInDouble && min + counts.Length < ExactInDouble
            ? new ColumnRanks(wantRanks ? new TableRanks(source, min, counts) : null, min, counts.Length)
            : null;
        return (Result(source, present, missing, distinct, summary), ranks);
    }

    private static double? Skewness(long n, double m2, double m3)
    {
        if (n <= 2 || m2 <= 0)
        {
            return null;
        }

        var g1 = (m3 / n) / Math.Pow(m2 / n, 1.5);
        return Math.Sqrt((double)n * (n - 1)) / (n - 2) * g1;
    }

    /// <summary>The value at 0-based sorted position <paramref name="index"/>: the first whose cumulative count exceeds it.</summary>
    private static long ValueAt(int[] cumulative, long min, long index)
    {
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > index)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return min + lo;
    }

    private static double CountedQuantile(int[] cumulative, long min, double p)
    {
        var n = cumulative[^1];
        var h = (n - 1) * p;
        var lo = (long)Math.Floor(h);
        double low = ValueAt(cumulative, min, lo);
        if (lo + 1 >= n)
        {
            return low;
        }

        double high = ValueAt(cumulative, min, lo + 1);
        return low + ((h - lo) * (high - low));
    }

    private static HistogramBin[] CountedHistogram(int[] cumulative, long min, int bins)
    {
        var edges = HistogramEdges(min, min + cumulative.Length - 1, bins);
        var result = new HistogramBin[edges.Length - 1];
        var bin = 0;
        long inBin = 0;
        for (var k = 0; k < cumulative.Length; k++)
        {
            var count = cumulative[k] - (k > 0 ? cumulative[k - 1] : 0);
            double v = min + k;
            while (bin < result.Length - 1 && v >= edges[bin + 1])
            {
                result[bin] = new HistogramBin(edges[bin], edges[bin + 1], inBin);
                bin++;
                inBin = 0;
            }

            inBin += count;
        }

        result[bin] = new HistogramBin(edges[bin], edges[bin + 1], inBin);
        for (var b = bin + 1; b < result.Length; b++)
        {
            result[b] = new HistogramBin(edges[b], edges[b + 1], 0);
        }

        return result;
    }
}
