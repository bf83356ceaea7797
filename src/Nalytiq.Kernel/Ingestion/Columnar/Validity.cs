namespace Nalytiq.Ingestion.Columnar;

/// <summary>DuckDB validity masks (64-bit words, bit set = valid) copied into a frame's bitmap (bytes, bit set = valid).</summary>
internal static unsafe class Validity
{
    /// <summary>Clears the bits of the null rows of one vector in <paramref name="bitmap"/>, which starts all valid; returns the null count.</summary>
    public static int Copy(ulong* mask, int rows, byte[] bitmap, int offset)
    {
        if (mask is null)
        {
            return 0;
        }

        var nulls = 0;
        for (var word = 0; word * 64 < rows; word++)
        {
            var bits = mask[word];
            var inWord = Math.Min(64, rows - (word * 64));
            var full = inWord == 64 ? ulong.MaxValue : (1UL << inWord) - 1;
            var missing = ~bits & full;
            while (missing != 0)
            {
                var i = offset + (word * 64) + System.Numerics.BitOperations.TrailingZeroCount(missing);
                bitmap[i >> 3] &= (byte)~(1 << (i & 7));
                missing &= missing - 1;
                nulls++;
            }
        }

        return nulls;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsValid(ulong* mask, int row) => mask is null || (mask[row >> 6] & (1UL << (row & 63))) != 0;

    /// <summary>Grows a bitmap to hold <paramref name="rows"/> bits, new bits valid.</summary>
    public static void Grow(ref byte[] bitmap, int rows)
    {
        var bytes = (rows + 7) / 8;
        if (bitmap.Length >= bytes)
        {
            return;
        }

        var old = bitmap.Length;
        Array.Resize(ref bitmap, Math.Max(bytes, old * 2));
        bitmap.AsSpan(old).Fill(0xFF);
    }

    /// <summary>The bitmap cut to <paramref name="rows"/> bits, the bits past the end cleared.</summary>
    public static ReadOnlyMemory<byte> Trim(byte[] bitmap, int rows)
    {
        var bytes = (rows + 7) / 8;
        Grow(ref bitmap, rows);
        if ((rows & 7) != 0)
        {
            bitmap[bytes - 1] &= (byte)((1 << (rows & 7)) - 1);
        }

        return bitmap.AsMemory(0, bytes);
    }
}
