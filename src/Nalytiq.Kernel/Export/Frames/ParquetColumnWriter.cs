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
        // TIME in nanoseconds keeps every tick; a duration past 24 h is kept too, though the type means a time of day.
        ValueColumn<TimeSpan> c => Values(Nanoseconds(c), new TimeDataField(c.Name, TimeUnitPrecision.Nanos, c.HasNulls)),
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

    private static ValueColumn<long> Nanoseconds(ValueColumn<TimeSpan> column)
    {
        var nanoseconds = new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<long>(column.Name, column.Length);
        for (long row = 0; row < column.Length; row++)
        {
            nanoseconds[row] = column.TryGet(row, out var value) ? checked(value.Ticks * 100) : null;
        }

        return new ValueColumn<long>(nanoseconds, ColumnKind.Time);
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
