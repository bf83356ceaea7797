using Nalytiq.Ingestion.Columns;
using Parquet;
using Parquet.Schema;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>Reads one Parquet column, row group after row group, into the frame column type it maps to.</summary>
internal abstract class ParquetColumn
{
    public abstract ColumnBuilder Builder { get; }

    public abstract Task ReadAsync(ParquetRowGroupReader group, DataField field, CancellationToken cancellationToken);

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
            _ when type == typeof(DateOnly) => new StructParquetColumn<DateOnly, DateTime>(new DateTimeColumnBuilder(0, DateStyle.Iso), static v => v.ToDateTime(TimeOnly.MinValue)),
            _ => null,
        };
    }
}
