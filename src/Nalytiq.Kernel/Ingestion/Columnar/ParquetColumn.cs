using Nalytiq.Ingestion.Columns;
using Parquet;
using Parquet.Schema;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>Reads one Parquet column, row group after row group, into the frame column type it maps to.</summary>
internal abstract class ParquetColumn
{
    public abstract ColumnBuilder Builder { get; }

    public abstract Task ReadAsync(ParquetRowGroupReader group, DataField field, CancellationToken cancellationToken);

    /// <summary>The reader for a Parquet field: TIME stored as integers becomes a time column, the rest maps by CLR type.</summary>
    public static ParquetColumn? For(DataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field is TimeDataField time && (field.ClrType == typeof(long) || field.ClrType == typeof(int)))
        {
            var ticksPerUnit = time.Precision switch
            {
                TimeUnitPrecision.Nanos => 0L,
                TimeUnitPrecision.Micros => 10L,
                _ => TimeSpan.TicksPerMillisecond,
            };
            return field.ClrType == typeof(int)
                ? new StructParquetColumn<int, TimeSpan>(new TimeColumnBuilder(0), v => new TimeSpan(v * ticksPerUnit))
                : new StructParquetColumn<long, TimeSpan>(new TimeColumnBuilder(0), v => new TimeSpan(ticksPerUnit == 0 ? v / 100 : v * ticksPerUnit));
        }

        return For(field.ClrType);
    }

    /// <summary>The reader for a Parquet value type, or null when the type has no frame column (binary, intervals).</summary>
    public static ParquetColumn? For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => new StructParquetColumn<bool, bool>(new BooleanColumnBuilder(0), static v => v),
            TypeCode.SByte => new StructParquetColumn<sbyte, int>(new Int32ColumnBuilder(0), static v => v),
            TypeCode.Byte => new StructParquetColumn<byte, int>(new Int32ColumnBuilder(0), static v => v),
            TypeCode.Int16 => new StructParquetColumn<short, int>(new Int32ColumnBuilder(0), static v => v),
            TypeCode.UInt16 => new StructParquetColumn<ushort, int>(new Int32ColumnBuilder(0), static v => v),
            TypeCode.Int32 => new StructParquetColumn<int, int>(new Int32ColumnBuilder(0), static v => v),
            TypeCode.UInt32 => new StructParquetColumn<uint, long>(new Int64ColumnBuilder(0), static v => v),
            TypeCode.Int64 => new StructParquetColumn<long, long>(new Int64ColumnBuilder(0), static v => v),
            TypeCode.UInt64 => new StructParquetColumn<ulong, double>(new DoubleColumnBuilder(0), static v => v),
            TypeCode.Single => new StructParquetColumn<float, double>(new DoubleColumnBuilder(0), static v => v),
            TypeCode.Double => new StructParquetColumn<double, double>(new DoubleColumnBuilder(0), static v => v),
            TypeCode.Decimal => new StructParquetColumn<decimal, double>(new DoubleColumnBuilder(0), static v => (double)v),
            TypeCode.DateTime => new StructParquetColumn<DateTime, DateTime>(new DateTimeColumnBuilder(0, DateStyle.Iso), static v => v),
            TypeCode.String => new StringParquetColumn(),

            // Parquet.Net 6 describes text columns as character memory; they are read as strings.
            _ when type == typeof(ReadOnlyMemory<char>) => new StringParquetColumn(),
            _ when type == typeof(DateTimeOffset) => new StructParquetColumn<DateTimeOffset, DateTime>(new DateTimeColumnBuilder(0, DateStyle.Iso), static v => v.UtcDateTime),
            _ when type == typeof(TimeSpan) => new StructParquetColumn<TimeSpan, TimeSpan>(new TimeColumnBuilder(0), static v => v),
            _ when type == typeof(TimeOnly) => new StructParquetColumn<TimeOnly, TimeSpan>(new TimeColumnBuilder(0), static v => v.ToTimeSpan()),
            _ when type == typeof(DateOnly) => new StructParquetColumn<DateOnly, DateTime>(new DateTimeColumnBuilder(0, DateStyle.Iso), static v => v.ToDateTime(TimeOnly.MinValue)),
            _ => null,
        };
    }
}
