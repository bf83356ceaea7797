using Nalytiq.Ingestion;
using Parquet;
using Parquet.Schema;

namespace Nalytiq.Export.Frames;

/// <summary>Writes one frame column into each row group, with a reusable buffer for the group's values.</summary>
internal abstract class ParquetColumnWriter(DataField field)
{
    public DataField Field { get; } = field;

    public abstract Task WriteAsync(ParquetRowGroupWriter group, long start, int count, CancellationToken cancellationToken);

    public static ParquetColumnWriter For(ExportColumn column) => column switch
    {
        ValueColumn<bool> c => Values(c, new DataField<bool>(c.Name, c.HasNulls)),
        ValueColumn<int> c => Values(c, new DataField<int>(c.Name, c.HasNulls)),
        ValueColumn<long> c => Values(c, new DataField<long>(c.Name, c.HasNulls)),
        ValueColumn<double> c => Values(c, new DataField<double>(c.Name, c.HasNulls)),
        ValueColumn<DateTime> c => Values(c, new DateTimeDataField(
            c.Name,
            DateTimeFormat.Timestamp,
            isAdjustedToUTC: false,
            CellText.PrecisionOf(c) == DatePrecision.Ticks && FitsNanoseconds(c) ? DateTimeTimeUnit.Nanos : DateTimeTimeUnit.Micros,
            c.HasNulls)),
        // Times of day in whole microseconds are Parquet TIME (every reader knows it; DuckDB keeps microseconds). A
        // duration, a negative time or a finer tick has no exact Parquet time type: 100 ns ticks in an INT64 column,
        // named in the file's key-value metadata (TimeTicksKey) so our reader gives the time column back exactly.
        ValueColumn<TimeSpan> c when IsTimeOfDayInMicroseconds(c) => Values(Scaled(c, TimeSpan.TicksPerMicrosecond), new TimeDataField(c.Name, TimeUnitPrecision.Micros, c.HasNulls) { IsAdjustedToUtc = false }),
        ValueColumn<TimeSpan> c => Values(Scaled(c, 1), new DataField<long>(c.Name, c.HasNulls)),
        TextColumn c => new TextWriter(c, new DataField<string>(c.Name, nullable: true)),
        _ => throw new InvalidOperationException($"No Parquet type for {column.Kind}."),
    };

    /// <summary>
    /// Nanoseconds since 1970 in 64 bits span the years 1677 to 2262: outside that, timestamps are kept to the
    /// microsecond (every date .NET can hold), the finest unit that still fits.
    /// </summary>
    private static bool FitsNanoseconds(ValueColumn<DateTime> column)
    {
        var min = new DateTime(1678, 1, 1);
        var max = new DateTime(2262, 1, 1);
        for (long row = 0; row < column.Length; row++)
        {
            if (column.TryGet(row, out var value) && (value < min || value >= max))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key-value metadata entry listing the columns written as 100 ns ticks (a JSON array of names).</summary>
    public const string TimeTicksKey = Ingestion.Columnar.ParquetProjection.TimeTicksKey;

    /// <summary>Whether the column is written as ticks (a duration or a finer time), not as Parquet TIME.</summary>
    public static bool IsWrittenAsTicks(ExportColumn column) => column is ValueColumn<TimeSpan> c && !IsTimeOfDayInMicroseconds(c);

    private static bool IsTimeOfDayInMicroseconds(ValueColumn<TimeSpan> column)
    {
        for (long row = 0; row < column.Length; row++)
        {
            if (column.TryGet(row, out var value) && (value < TimeSpan.Zero || value > TimeSpan.FromDays(1) || value.Ticks % TimeSpan.TicksPerMicrosecond != 0))
            {
                return false;
            }
        }

        return true;
    }

    private static ValueColumn<long> Scaled(ValueColumn<TimeSpan> column, long ticksPerUnit)
    {
        var units = new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<long>(column.Name, column.Length);
        for (long row = 0; row < column.Length; row++)
        {
            units[row] = column.TryGet(row, out var value) ? value.Ticks / ticksPerUnit : null;
        }

        return new ValueColumn<long>(units, ColumnKind.Time);
    }

    private static ParquetColumnWriter Values<T>(ValueColumn<T> column, DataField field)
        where T : unmanaged =>
        column.HasNulls ? new NullableWriter<T>(column, field) : new RequiredWriter<T>(column, field);

    private sealed class RequiredWriter<T>(ValueColumn<T> column, DataField field) : ParquetColumnWriter(field)
        where T : unmanaged
    {
        private T[] _buffer = [];

        public override Task WriteAsync(ParquetRowGroupWriter group, long start, int count, CancellationToken cancellationToken)
        {
            if (_buffer.Length < count)
            {
                _buffer = new T[count];
            }

            column.CopyTo(start, _buffer.AsSpan(0, count));
            return group.WriteAsync(Field, new ReadOnlyMemory<T>(_buffer, 0, count), cancellationToken: cancellationToken);
        }
    }

    private sealed class NullableWriter<T>(ValueColumn<T> column, DataField field) : ParquetColumnWriter(field)
        where T : unmanaged
    {
        private T?[] _buffer = [];

        public override Task WriteAsync(ParquetRowGroupWriter group, long start, int count, CancellationToken cancellationToken)
        {
            if (_buffer.Length < count)
            {
                _buffer = new T?[count];
            }

            column.CopyTo(start, _buffer.AsSpan(0, count));
            return group.WriteAsync(Field, new ReadOnlyMemory<T?>(_buffer, 0, count), cancellationToken: cancellationToken);
        }
    }

    private sealed class TextWriter(TextColumn column, DataField field) : ParquetColumnWriter(field)
    {
        public override Task WriteAsync(ParquetRowGroupWriter group, long start, int count, CancellationToken cancellationToken)
        {
            var values = new string?[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = column[start + i];
            }

            cancellationToken.ThrowIfCancellationRequested();
            return group.WriteAsync(Field, values!, null);
        }
    }
}
