using System.Globalization;
using System.Numerics;
using Microsoft.Data.Analysis;

namespace Nalytiq.Bench.Engines;

/// <summary>Summarizes a <see cref="DataFrame"/> the same way whichever reader produced it.</summary>
internal static class FrameSummarizer
{
    public const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";

    public static TableSummary Summarize(DataFrame frame, Func<DataFrameColumn, string>? typeName = null)
    {
        var columns = new List<ColumnSummary>(frame.Columns.Count);
        foreach (var column in frame.Columns)
        {
            var type = typeName?.Invoke(column) ?? column.DataType.Name;
            var summary = new ColumnSummary(column.Name, type, column.NullCount);
            columns.Add(column switch
            {
                PrimitiveDataFrameColumn<DateTime> dates => WithRange(summary, dates),
                PrimitiveDataFrameColumn<int> c => summary with { Sum = (double)SumExact<int>(c) },
                PrimitiveDataFrameColumn<long> c => summary with { Sum = (double)SumExact<long>(c) },
                PrimitiveDataFrameColumn<short> c => summary with { Sum = (double)SumExact<short>(c) },
                PrimitiveDataFrameColumn<byte> c => summary with { Sum = (double)SumExact<byte>(c) },
                PrimitiveDataFrameColumn<float> c => summary with { Sum = SumFloating<float>(c) },
                PrimitiveDataFrameColumn<double> c => summary with { Sum = SumFloating<double>(c) },
                PrimitiveDataFrameColumn<decimal> c => summary with { Sum = (double)SumDecimal(c) },
                _ => summary,
            });
        }

        return new TableSummary(frame.Rows.Count, columns);
    }

    // Integers are added exactly and converted once, so an integer sum only differs from DuckDB's HUGEINT if it is huge.
    private static Int128 SumExact<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, IBinaryInteger<T>
    {
        Int128 total = 0;
        foreach (var value in column)
        {
            if (value is { } v)
            {
                total += Int128.CreateTruncating(v);
            }
        }

        return total;
    }

    private static double SumFloating<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, IFloatingPoint<T>
    {
        var total = 0.0;
        foreach (var value in column)
        {
            if (value is { } v)
            {
                total += double.CreateTruncating(v);
            }
        }

        return total;
    }

    private static decimal SumDecimal(PrimitiveDataFrameColumn<decimal> column)
    {
        var total = 0m;
        foreach (var value in column)
        {
            total += value ?? 0m;
        }

        return total;
    }

    private static ColumnSummary WithRange(ColumnSummary summary, PrimitiveDataFrameColumn<DateTime> column)
    {
        DateTime? min = null;
        DateTime? max = null;
        foreach (var value in column)
        {
            if (value is { } v)
            {
                min = min is null || v < min ? v : min;
                max = max is null || v > max ? v : max;
            }
        }

        return summary with { Min = Iso(min), Max = Iso(max) };
    }

    public static string? Iso(DateTime? value) => value?.ToString(IsoFormat, CultureInfo.InvariantCulture);
}
