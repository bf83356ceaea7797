using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Profiles an integer or floating-point column. A first sweep over the frame's buffers finds the missing values,
/// infinities, range and whether the values are already in order. Integers over a range no wider than the column are
/// then counted per value (no copy, no sort); other columns are sorted — a copy of their finite values, or the buffer
/// itself when it is complete and already in order — and every figure is read from the sorted values.
/// </summary>
internal static partial class NumericColumnProfiler
{
    public static (ColumnProfile Profile, ColumnRanks? Ranks) Profile<T>(
        PrimitiveSource<T> source, ProfileOptions options, bool wantRanks, CancellationToken cancellationToken)
        where T : unmanaged, INumber<T>
    {
        var scan = Scan(source);
        cancellationToken.ThrowIfCancellationRequested();
        var missing = source.NullCount + scan.NaNs;
        var present = source.Length - missing;
        var complete = missing == 0 && scan.Infinities == 0;
        wantRanks &= complete;
        if (IsInteger<T>() && scan.Finite > 0 && CountingFits(scan.Min, scan.Max, source.Length))
        {
            return Counting(source, scan, options, wantRanks, present, missing, cancellationToken);
        }

        // The sorted values are the frame's own buffer when it is complete and in order, otherwise a pooled copy.
        var inPlace = complete && scan.Sorted && source.Buffers.Length == 1;
        var withRows = wantRanks && !scan.Sorted;
        using var scratch = inPlace ? null : new Scratch((long)scan.Finite * (Unsafe.SizeOf<T>() + (withRows ? sizeof(int) : 0)));
        var sorted = inPlace ? source.Buffers[0].Span : CopyFinite(source, scratch!, scan.Finite, withRows);
        if (!scan.Sorted)
        {
            if (withRows)
            {
                scratch!.Span<T>(0, scan.Finite).Sort(RowsOf<T>(scratch, scan.Finite));
            }
            else
            {
                scratch!.Span<T>(0, scan.Finite).Sort();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var distinct = CountDistinct(sorted, out var zeros, out var negatives)
            + (scan.Infinities > scan.NegativeInfinities ? 1 : 0) + (scan.NegativeInfinities > 0 ? 1 : 0);
        var summary = Summarize(sorted, options.HistogramBins) with
        {
            Zeros = zeros,
            Negatives = negatives + scan.NegativeInfinities,
            Infinities = scan.Infinities,
        };
        var ranks = wantRanks && source.Length < ArrayRanks.MaxLength
            ? new ColumnRanks(new ArrayRanks(Ranks(sorted, withRows ? RowsOf<T>(scratch!, scan.Finite) : default, source.Length)))
            : null;
        return (Result(source, present, missing, distinct, summary), ranks);
    }

    public static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    private static ColumnProfile Result<T>(PrimitiveSource<T> source, long present, long missing, long distinct, NumericSummary summary)
        where T : unmanaged, INumber<T> =>
        new(source.Name, source.Kind, present, missing, Share(missing, source.Length), distinct, IsDistinctEstimate: false, Share(distinct, present), Numeric: summary);

    private static bool IsInteger<T>() => typeof(T) != typeof(double) && typeof(T) != typeof(float) && typeof(T) != typeof(decimal);

    private static ScanResult<T> Scan<T>(PrimitiveSource<T> source)
        where T : unmanaged, INumber<T>
    {
        var scan = new ScanResult<T> { Sorted = true };
        var hasPrevious = false;
        var previous = T.Zero;
        var complete = source.NullCount == 0;
        for (var b = 0; b < source.Buffers.Length; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            for (var i = 0; i < span.Length; i++)
            {
                if (!complete && !PrimitiveSource<T>.IsValid(bits, i))
                {
                    continue;
                }

                var v = span[i];
                if (T.IsNaN(v))
                {
                    scan.NaNs++;
                    continue;
                }

                if (T.IsInfinity(v))
                {
                    scan.Infinities++;
                    scan.NegativeInfinities += T.IsNegative(v) ? 1 : 0;
                    continue;
                }

                if (!hasPrevious)
                {
                    scan.Min = scan.Max = v;
                    hasPrevious = true;
                }
                else
                {
                    scan.Sorted &= v >= previous;
                    scan.Min = T.Min(scan.Min, v);
                    scan.Max = T.Max(scan.Max, v);
                }

                previous = v;
                scan.Finite++;
            }
        }

        return scan;
    }

    /// <summary>The rows that follow the values in a copy made with rows.</summary>
    private static Span<int> RowsOf<T>(Scratch scratch, int finite)
        where T : unmanaged => scratch.Span<int>((long)finite * Unsafe.SizeOf<T>(), finite);

    private static ReadOnlySpan<T> CopyFinite<T>(PrimitiveSource<T> source, Scratch scratch, int finite, bool withRows)
        where T : unmanaged, INumber<T>
    {
        var values = scratch.Span<T>(0, finite);
        var rows = withRows ? RowsOf<T>(scratch, finite) : default;
        var count = 0;
        var row = 0;
        var complete = source.NullCount == 0;
        for (var b = 0; b < source.Buffers.Length; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            for (var i = 0; i < span.Length; i++, row++)
            {
                var v = span[i];
                if ((complete || PrimitiveSource<T>.IsValid(bits, i)) && T.IsFinite(v))
                {
                    if (withRows)
                    {
                        rows[count] = row;
                    }

                    values[count++] = v;
                }
            }
        }

        return values;
    }

    private struct ScanResult<T>
    {
        public T Min;
        public T Max;
        public int Finite;
        public long NaNs;
        public long Infinities;
        public long NegativeInfinities;
        public bool Sorted;
    }
}
