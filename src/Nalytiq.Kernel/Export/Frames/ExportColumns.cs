using System.Globalization;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Export.Frames;

/// <summary>
/// Maps frame columns onto the seven kinds the writers know. The column types our readers produce are read in place;
/// rarer ones (bytes, shorts, floats, decimals, Arrow strings, ...) are converted once to the nearest kind.
/// </summary>
internal static class ExportColumns
{
    public static ExportColumn[] From(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return [.. frame.Columns.Select(From)];
    }

    public static ExportColumn From(DataFrameColumn column) => column switch
    {
        PrimitiveDataFrameColumn<bool> c => new ValueColumn<bool>(c, ColumnKind.Boolean),
        PrimitiveDataFrameColumn<int> c => new ValueColumn<int>(c, ColumnKind.Int32),
        PrimitiveDataFrameColumn<long> c => new ValueColumn<long>(c, ColumnKind.Int64),
        PrimitiveDataFrameColumn<double> c => new ValueColumn<double>(c, ColumnKind.Double),
        PrimitiveDataFrameColumn<DateTime> c => new ValueColumn<DateTime>(c, ColumnKind.DateTime),
        PrimitiveDataFrameColumn<TimeSpan> c => new ValueColumn<TimeSpan>(c, ColumnKind.Time),
        StringDataFrameColumn c => new TextColumn(c),
        PrimitiveDataFrameColumn<byte> c => Convert(c, ColumnKind.Int32, static v => (int)v),
        PrimitiveDataFrameColumn<sbyte> c => Convert(c, ColumnKind.Int32, static v => (int)v),
        PrimitiveDataFrameColumn<short> c => Convert(c, ColumnKind.Int32, static v => (int)v),
        PrimitiveDataFrameColumn<ushort> c => Convert(c, ColumnKind.Int32, static v => (int)v),
        PrimitiveDataFrameColumn<uint> c => Convert(c, ColumnKind.Int64, static v => (long)v),
        PrimitiveDataFrameColumn<ulong> c => Convert(c, ColumnKind.Double, static v => (double)v),

        // A float's shortest text ("0.1") is what the analyst saw; widening its bits would write 0.10000000149011612.
        PrimitiveDataFrameColumn<float> c => Convert(c, ColumnKind.Double, static v => double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        PrimitiveDataFrameColumn<decimal> c => Convert(c, ColumnKind.Double, static v => (double)v),
        _ => new TextColumn(column),
    };

    private static ValueColumn<TTarget> Convert<TSource, TTarget>(PrimitiveDataFrameColumn<TSource> column, ColumnKind kind, Func<TSource, TTarget> convert)
        where TSource : unmanaged
        where TTarget : unmanaged
    {
        var converted = new PrimitiveDataFrameColumn<TTarget>(column.Name, column.Length);
        for (long i = 0; i < column.Length; i++)
        {
            converted[i] = column[i] is { } value ? convert(value) : null;
        }

        return new ValueColumn<TTarget>(converted, kind);
    }
}
