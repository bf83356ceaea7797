using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Analysis;

/// <summary>
/// Counts <see cref="ColumnFigures"/>. Counting distinct values of a few million rows takes a noticeable fraction of a
/// second, so results are remembered per column until the column changes length.
/// </summary>
internal static class ColumnFigureCounter
{
    private static readonly ConditionalWeakTable<DataFrameColumn, ColumnFigures> Cache = [];

    public static ColumnFigures Of(DataFrameColumn column)
    {
        if (Cache.TryGetValue(column, out var cached) && cached.Length == column.Length && cached.Missing == column.NullCount)
        {
            return cached;
        }

        var statistics = new ColumnFigures(column.Length, column.NullCount, CountDistinct(column));
        Cache.AddOrUpdate(column, statistics);
        return statistics;
    }

    private static long CountDistinct(DataFrameColumn column) => column switch
    {
        StringDataFrameColumn s => DistinctStrings(s),
        PrimitiveDataFrameColumn<double> p => DistinctDoubles(p),
        PrimitiveDataFrameColumn<float> p => DistinctValues(p),
        PrimitiveDataFrameColumn<int> p => DistinctValues(p),
        PrimitiveDataFrameColumn<long> p => DistinctValues(p),
        PrimitiveDataFrameColumn<bool> p => DistinctValues(p),
        PrimitiveDataFrameColumn<DateTime> p => DistinctValues(p),
        PrimitiveDataFrameColumn<TimeSpan> p => DistinctValues(p),
        PrimitiveDataFrameColumn<decimal> p => DistinctValues(p),
        PrimitiveDataFrameColumn<short> p => DistinctValues(p),
        PrimitiveDataFrameColumn<byte> p => DistinctValues(p),
        _ => DistinctObjects(column),
    };

    private static long DistinctValues<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged
    {
        var seen = new HashSet<T>();
        for (long i = 0; i < column.Length; i++)
        {
            if (column[i] is { } value)
            {
                seen.Add(value);
            }
        }

        return seen.Count;
    }

    private static long DistinctDoubles(PrimitiveDataFrameColumn<double> column)
    {
        var seen = new HashSet<double>();
        for (long i = 0; i < column.Length; i++)
        {
            if (column[i] is { } value && !double.IsNaN(value))
            {
                seen.Add(value);
            }
        }

        return seen.Count;
    }

    private static long DistinctStrings(StringDataFrameColumn column)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (long i = 0; i < column.Length; i++)
        {
            if (column[i] is { } value)
            {
                seen.Add(value);
            }
        }

        return seen.Count;
    }

    private static long DistinctObjects(DataFrameColumn column)
    {
        var seen = new HashSet<object>();
        for (long i = 0; i < column.Length; i++)
        {
            if (column[i] is { } value)
            {
                seen.Add(value);
            }
        }

        return seen.Count;
    }
}
