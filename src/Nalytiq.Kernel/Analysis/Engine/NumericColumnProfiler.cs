using System.Numerics;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Profiles an integer or floating-point column in three sweeps: one over the frame's buffers to copy the finite
/// values (and their rows when ranks are wanted), a sort of that copy, and passes over the sorted copy for everything
/// else — distinct values, quantiles, moments and the histogram all read it in order.
/// </summary>
internal static partial class NumericColumnProfiler
{
    public static (ColumnProfile Profile, double[]? Ranks) Profile<T>(
        PrimitiveSource<T> source, ProfileOptions options, bool wantRanks, CancellationToken cancellationToken)
        where T : unmanaged, INumber<T>
    {
        var length = source.Length;
        var capacity = (int)(length - source.NullCount);
        var values = new T[capacity];
        var rows = wantRanks && source.NullCount == 0 ? new int[capacity] : null;
        long nans = 0, infinities = 0, negativeInfinities = 0;
        var count = 0;
        var row = 0;
        for (var b = 0; b < source.Buffers.Length; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            var complete = source.NullCount == 0;
            for (var i = 0; i < span.Length; i++, row++)
            {
                if (!complete && !PrimitiveSource<T>.IsValid(bits, i))
                {
                    continue;
                }

                var v = span[i];
                if (T.IsNaN(v))
                {
                    nans++;
                }
                else if (T.IsInfinity(v))
                {
                    infinities++;
                    negativeInfinities += T.IsNegative(v) ? 1 : 0;
                }
                else
                {
                    if (rows is not null)
                    {
                        rows[count] = row;
                    }

                    values[count++] = v;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var finite = values.AsSpan(0, count);
        if (rows is null)
        {
            finite.Sort();
        }
        else
        {
            finite.Sort(rows.AsSpan(0, count));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var missing = source.NullCount + nans;
        var present = length - missing;
        var distinct = CountDistinct(finite, out var zeros, out var negatives)
            + (infinities > negativeInfinities ? 1 : 0) + (negativeInfinities > 0 ? 1 : 0);
        var summary = Summarize(finite, options.HistogramBins) with
        {
            Zeros = zeros,
            Negatives = negatives + negativeInfinities,
            Infinities = infinities,
        };
        var profile = new ColumnProfile(
            source.Name,
            source.Kind,
            present,
            missing,
            Share(missing, length),
            distinct,
            IsDistinctEstimate: false,
            Share(distinct, present),
            Numeric: summary);
        var ranks = rows is null ? null : Ranks(finite, rows.AsSpan(0, count), length);
        return (profile, ranks);
    }

    public static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    private static long CountDistinct<T>(ReadOnlySpan<T> sorted, out long zeros, out long negatives)
        where T : unmanaged, INumber<T>
    {
        zeros = 0;
        negatives = 0;
        long distinct = sorted.Length > 0 ? 1 : 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var v = sorted[i];
            if (i > 0 && v != sorted[i - 1])
            {
                distinct++;
            }

            if (T.IsZero(v))
            {
                zeros++;
            }
            else if (T.IsNegative(v))
            {
                negatives++;
            }
        }

        return distinct;
    }

    /// <summary>Average 1-based ranks of the sorted finite values written back to their rows; NaN for the other rows.</summary>
    private static double[] Ranks<T>(ReadOnlySpan<T> sorted, ReadOnlySpan<int> rows, int length)
        where T : unmanaged, INumber<T>
    {
        var ranks = new double[length];
        if (sorted.Length < length)
        {
            ranks.AsSpan().Fill(double.NaN);
        }

        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
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
}
