using DuckDB.NET.Native;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// A column whose DuckDB vectors have the frame's own layout (bool, int, long, double; a time is a long of 100 ns
/// ticks): each vector is copied whole into one buffer, and the frame column is built from that buffer and the validity
/// bitmap without another copy. <paramref name="ticksPerUnit"/> scales a time column's integers to ticks (DuckDB's TIME
/// counts microseconds); every value stays exact.
/// </summary>
internal sealed unsafe class FixedVectorColumn<T>(string sourceName, int index, ColumnKind kind, int capacity, long ticksPerUnit = 1) : VectorColumn(sourceName, index)
    where T : unmanaged
{
    private byte[] _values = new byte[Math.Max(capacity, 16) * sizeof(T)];
    private byte[] _validity = NewBitmap(Math.Max(capacity, 16));

    public override ColumnKind Kind => kind;

    public override void Append(IntPtr vector, int rows)
    {
        var end = (Count + rows) * sizeof(T);
        if (end > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(end, (int)Math.Min(Array.MaxLength, (long)_values.Length * 2)));
        }

        Validity.Grow(ref _validity, Count + rows);
        var data = new ReadOnlySpan<T>(NativeMethods.Vectors.DuckDBVectorGetData(vector), rows);
        var target = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(_values.AsSpan(Count * sizeof(T), rows * sizeof(T)));
        data.CopyTo(target);
        if (typeof(T) == typeof(long) && ticksPerUnit != 1)
        {
            foreach (ref var value in System.Runtime.InteropServices.MemoryMarshal.Cast<T, long>(target))
            {
                value *= ticksPerUnit;
            }
        }

        var mask = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        var nulls = Validity.Copy(mask, rows, _validity, Count);
        if (nulls > 0)
        {
            // DuckDB leaves whatever was in memory under a null: a missing cell holds the default, so reads repeat exactly.
            for (var i = 0; i < rows; i++)
            {
                if (!Validity.IsValid(mask, i))
                {
                    target[i] = default;
                }
            }
        }

        MissingCount += nulls;
        Count += rows;
    }

    public override DataFrameColumn Build(string name, ParquetRepairs repairs)
    {
        var values = _values.AsMemory(0, Count * sizeof(T));
        var validity = Validity.Trim(_validity, Count);
        var nulls = checked((int)MissingCount);
        return kind switch
        {
            ColumnKind.Boolean => new BooleanDataFrameColumn(name, values, validity, Count, nulls),
            ColumnKind.Int32 => new Int32DataFrameColumn(name, values, validity, Count, nulls),
            ColumnKind.Int64 => new Int64DataFrameColumn(name, values, validity, Count, nulls),
            ColumnKind.Double => new DoubleDataFrameColumn(name, values, validity, Count, nulls),
            ColumnKind.Time => new PrimitiveDataFrameColumn<TimeSpan>(name, values, validity, Count, nulls),
            _ => new DateTimeDataFrameColumn(name, values, validity, Count, nulls),
        };
    }

    internal static byte[] NewBitmap(int rows)
    {
        var bitmap = new byte[(rows + 7) / 8];
        bitmap.AsSpan().Fill(0xFF);
        return bitmap;
    }
}
