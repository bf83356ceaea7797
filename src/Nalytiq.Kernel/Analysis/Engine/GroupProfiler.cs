namespace Nalytiq.Analysis.Engine;

/// <summary>Counts, missing cells and numeric means per value of the grouping column.</summary>
internal static class GroupProfiler
{
    public static GroupProfile Profile(
        ColumnSource key, IReadOnlyList<ColumnSource> columns, int maxGroups, CancellationToken cancellationToken)
    {
        var keys = new List<string?>();
        using var scratch = new Scratch((long)key.Length * sizeof(int));
        var ids = scratch.Span<int>(0, key.Length);
        key.GroupIds(ids, keys);
        var groups = keys.Count;
        var counts = new long[groups];
        foreach (var id in ids)
        {
            counts[id]++;
        }

        var missing = new long[groups];
        foreach (var column in columns)
        {
            if (!ReferenceEquals(column, key))
            {
                cancellationToken.ThrowIfCancellationRequested();
                column.CountMissingByGroup(ids, missing);
            }
        }

        var numeric = columns.Where(c => c.IsNumeric && !ReferenceEquals(c, key)).ToArray();
        var means = new double?[numeric.Length][];
        for (var c = 0; c < numeric.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            means[c] = Means(numeric[c], ids, groups);
        }

        var kept = Enumerable.Range(0, groups)
            .OrderByDescending(g => counts[g])
            .ThenBy(g => keys[g] is null)
            .ThenBy(g => keys[g], StringComparer.Ordinal)
            .Take(Math.Max(0, maxGroups))
            .Select(g => new GroupSummary(keys[g], counts[g], missing[g], means.Select(m => m[g]).ToArray()))
            .ToArray();
        return new GroupProfile(key.Name, numeric.Select(c => c.Name).ToArray(), kept, groups);
    }

    private static double?[] Means(ColumnSource column, ReadOnlySpan<int> ids, int groups)
    {
        var sums = new double[groups];
        var counts = new long[groups];
        var buffer = new double[Math.Min(ColumnSource.Chunk, Math.Max(1, column.Length))];
        for (var start = 0; start < column.Length; start += buffer.Length)
        {
            var chunk = buffer.AsSpan(0, Math.Min(buffer.Length, column.Length - start));
            column.ReadDoubles(start, chunk);
            for (var k = 0; k < chunk.Length; k++)
            {
                if (!double.IsNaN(chunk[k]))
                {
                    var g = ids[start + k];
                    sums[g] += chunk[k];
                    counts[g]++;
                }
            }
        }

        var means = new double?[groups];
        for (var g = 0; g < groups; g++)
        {
            means[g] = counts[g] > 0 ? sums[g] / counts[g] : null;
        }

        return means;
    }
}
