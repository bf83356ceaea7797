using System.Buffers;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Sorts row hashes with their rows, in place: one most-significant-byte pass (American flag sort) splits them into
/// 256 buckets, which are then sorted independently and in parallel. Small buckets stay in cache, which makes this
/// several times faster than one sort of millions of pairs, and it needs no extra memory. Hashes and rows live in
/// one <see cref="Scratch"/> buffer: <see cref="Keys"/> then <see cref="Rows"/>.
/// </summary>
internal static class HashSort
{
    private const int Buckets = 256;
    private const int Shift = 24;

    /// <summary>Sorts <paramref name="count"/> hashes at the start of <paramref name="scratch"/>, with the rows that follow them.</summary>
    public static void Sort(Scratch scratch, int count, CancellationToken cancellationToken)
    {
        var keys = Keys(scratch, count);
        var rows = Rows(scratch, count);
        var starts = new int[Buckets + 1];
        foreach (var key in keys)
        {
            starts[(key >> Shift) + 1]++;
        }

        for (var b = 0; b < Buckets; b++)
        {
            starts[b + 1] += starts[b];
        }

        var next = starts[..Buckets];
        for (var b = 0; b < Buckets; b++)
        {
            var end = starts[b + 1];
            while (next[b] < end)
            {
                // Carry the element at the bucket's next free slot to its own bucket, picking up whatever sat there,
                // until one belonging here comes back.
                var key = keys[next[b]];
                var row = rows[next[b]];
                var home = (int)(key >> Shift);
                while (home != b)
                {
                    var slot = next[home]++;
                    (key, keys[slot]) = (keys[slot], key);
                    (row, rows[slot]) = (rows[slot], row);
                    home = (int)(key >> Shift);
                }

                keys[next[b]] = key;
                rows[next[b]] = row;
                next[b]++;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        Parallel.For(0, Buckets, new ParallelOptions { CancellationToken = cancellationToken }, b =>
        {
            var length = starts[b + 1] - starts[b];
            SortBucket(Keys(scratch, count).Slice(starts[b], length), Rows(scratch, count).Slice(starts[b], length));
        });
    }

    /// <summary>The hashes: the first <paramref name="count"/> 32-bit values of the buffer.</summary>
    public static Span<uint> Keys(Scratch scratch, int count) => scratch.Span<uint>(0, count);

    /// <summary>The rows: the <paramref name="count"/> 32-bit values after the hashes.</summary>
    public static Span<int> Rows(Scratch scratch, int count) => scratch.Span<int>((long)count * sizeof(uint), count);

    /// <summary>
    /// The 24 low bits of a bucket in two 12-bit counting passes through a small pooled buffer; a bucket too small to
    /// pay for the counts, or so large that one row hash dominates (a frame of duplicates), takes the comparison sort.
    /// </summary>
    private static void SortBucket(Span<uint> keys, Span<int> rows)
    {
        const int Digit = 12;
        const int Radix = 1 << Digit;
        if (keys.Length < 256 || keys.Length > 1 << 20)
        {
            keys.Sort(rows);
            return;
        }

        var keyBuffer = ArrayPool<uint>.Shared.Rent(keys.Length);
        var rowBuffer = ArrayPool<int>.Shared.Rent(keys.Length);
        try
        {
            var tempKeys = keyBuffer.AsSpan(0, keys.Length);
            var tempRows = rowBuffer.AsSpan(0, keys.Length);
            Span<int> offsets = stackalloc int[Radix];
            Scatter(keys, rows, tempKeys, tempRows, 0, offsets);
            Scatter(tempKeys, tempRows, keys, rows, Digit, offsets);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(keyBuffer);
            ArrayPool<int>.Shared.Return(rowBuffer);
        }
    }

    /// <summary>One stable counting pass on the 12 bits at <paramref name="shift"/>.</summary>
    private static void Scatter(
        ReadOnlySpan<uint> keys, ReadOnlySpan<int> rows, Span<uint> toKeys, Span<int> toRows, int shift, Span<int> offsets)
    {
        const uint Mask = (1 << 12) - 1;
        offsets.Clear();
        foreach (var key in keys)
        {
            offsets[(int)((key >> shift) & Mask)]++;
        }

        var sum = 0;
        for (var d = 0; d < offsets.Length; d++)
        {
            var count = offsets[d];
            offsets[d] = sum;
            sum += count;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var slot = offsets[(int)((keys[i] >> shift) & Mask)]++;
            toKeys[slot] = keys[i];
            toRows[slot] = rows[i];
        }
    }
}
