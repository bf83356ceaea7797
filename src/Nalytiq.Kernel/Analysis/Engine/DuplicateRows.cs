namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Counts rows equal to an earlier row. Rows are hashed column by column, sorted by hash (<see cref="HashSort"/>), and rows sharing a hash are
/// compared value by value, so a hash collision never counts as a duplicate.
/// </summary>
internal static class DuplicateRows
{
    public static long Count(IReadOnlyList<ColumnSource> columns, int rows, CancellationToken cancellationToken)
    {
        if (rows < 2 || columns.Count == 0)
        {
            return 0;
        }

        using var scratch = new Scratch((long)rows * (sizeof(uint) + sizeof(int)));
        var hashes = HashSort.Keys(scratch, rows);
        hashes.Clear();
        foreach (var column in columns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            column.HashInto(hashes);
        }

        var order = HashSort.Rows(scratch, rows);
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        cancellationToken.ThrowIfCancellationRequested();
        HashSort.Sort(scratch, rows, cancellationToken);

        long duplicates = 0;
        var distinctRows = new List<int>();
        var start = 0;
        while (start < rows)
        {
            var end = start + 1;
            while (end < rows && hashes[end] == hashes[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                duplicates += CountInRun(columns, order.Slice(start, end - start), distinctRows);
            }

            start = end;
        }

        return duplicates;
    }

    /// <summary>Rows of one hash run that equal another row of the run; the run is almost always a single group.</summary>
    private static long CountInRun(IReadOnlyList<ColumnSource> columns, ReadOnlySpan<int> run, List<int> distinctRows)
    {
        distinctRows.Clear();
        long duplicates = 0;
        foreach (var row in run)
        {
            var found = false;
            foreach (var other in distinctRows)
            {
                if (RowsEqual(columns, other, row))
                {
                    found = true;
                    break;
                }
            }

            if (found)
            {
                duplicates++;
            }
            else
            {
                distinctRows.Add(row);
            }
        }

        return duplicates;
    }

    private static bool RowsEqual(IReadOnlyList<ColumnSource> columns, int a, int b)
    {
        foreach (var column in columns)
        {
            if (!column.RowEquals(a, b))
            {
                return false;
            }
        }

        return true;
    }
}
