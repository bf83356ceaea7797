using System.Numerics;

namespace Nalytiq.Analysis.Engine;

internal static partial class NumericColumnProfiler
{
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

    /// <summary>
    /// Average 1-based ranks of a complete column from its sorted values; <paramref name="rows"/> gives each sorted
    /// value's row, or is empty when the column was already in order.
    /// </summary>
    private static float[] Ranks<T>(ReadOnlySpan<T> sorted, ReadOnlySpan<int> rows, int length)
        where T : unmanaged, INumber<T>
    {
        var ranks = new float[length];
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            var rank = (float)(((start + end - 1) / 2.0) + 1);
            for (var k = start; k < end; k++)
            {
                ranks[rows.IsEmpty ? k : rows[k]] = rank;
            }

            start = end;
        }

        return ranks;
    }
}
