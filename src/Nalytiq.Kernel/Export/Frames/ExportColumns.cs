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
        PrimitiveDataFrameColumn<bool> c => InPlace(c),
        PrimitiveDataFrameColumn<int> c => InPlace(c),
        PrimitiveDataFrameColumn<long> c => InPlace(c),
        PrimitiveDataFrameColumn<double> c => InPlace(c),
        PrimitiveDataFrameColumn<DateTime> c => InPlace(c),
        PrimitiveDataFrameColumn<TimeSpan> c => InPlace(c),
        StringDataFrameColumn c => new TextColumn(c),
        PrimitiveDataFrameColumn<byte> c => Convert(c, static v => (int)v),
        PrimitiveDataFrameColumn<sbyte> c => Convert(c, static v => (int)v),
        PrimitiveDataFrameColumn<short> c => Convert(c, static v => (int)v),
        PrimitiveDataFrameColumn<ushort> c => Convert(c, static v => (int)v),
        PrimitiveDataFrameColumn<uint> c => Convert(c, static v => (long)v),

        // Beyond long's range: written as a double, whose kind it then is.
        PrimitiveDataFrameColumn<ulong> c => Convert(c, static v => (double)v),

        // A float's shortest text ("0.1") is what the analyst saw; widening its bits would write 0.10000000149011612.
        PrimitiveDataFrameColumn<float> c => Convert(c, static v => double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        PrimitiveDataFrameColumn<decimal> c => Convert(c, static v => (double)v),
        _ => new TextColumn(column),
    };

    /// <summary>Reads a column of a type the writers know in place, as the kind <see cref="ColumnKinds.Of"/> gives it.</summary>
    private static ValueColumn<T> InPlace<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged =>
        new(column, ColumnKinds.Of(column) ?? throw new ArgumentException($"No kind for {column.DataType}.", nameof(column)));

    private static ValueColumn<TTarget> Convert<TSource, TTarget>(PrimitiveDataFrameColumn<TSource> column, Func<TSource, TTarget> convert)
        where TSource : unmanaged
        where TTarget : unmanaged
    {
        var converted = new PrimitiveDataFrameColumn<TTarget>(column.Name, column.Length);
        for (long i = 0; i < column.Length; i++)
        {
            converted[i] = column[i] is { } value ? convert(value) : null;
        }

        return InPlace(converted);
    }
}
