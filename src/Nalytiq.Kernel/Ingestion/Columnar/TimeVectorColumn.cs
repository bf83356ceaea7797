using System.Runtime.InteropServices;
using DuckDB.NET.Native;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// Times as <see cref="TimeSpan"/> ticks, converted as the vectors arrive: DuckDB's TIME (microseconds since
/// midnight, <c>24:00:00</c> allowed), or the 100 ns ticks of a duration column our export wrote as INT64 and named in
/// the file's metadata. Every value fits exactly.
/// </summary>
internal sealed unsafe class TimeVectorColumn(string sourceName, int index, long ticksPerUnit, int capacity) : VectorColumn(sourceName, index)
{
    /// <summary>DuckDB's TIME unit.</summary>
    public const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private byte[] _values = new byte[Math.Max(capacity, 16) * sizeof(long)];
    private byte[] _validity = FixedVectorColumn<long>.NewBitmap(Math.Max(capacity, 16));

    public override ColumnKind Kind => ColumnKind.Time;

    public override void Append(IntPtr vector, int rows)
    {
        var end = (Count + rows) * sizeof(long);
        if (end > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(end, (int)Math.Min(Array.MaxLength, (long)_values.Length * 2)));
        }

        Validity.Grow(ref _validity, Count + rows);
        var data = (long*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var mask = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        var target = MemoryMarshal.Cast<byte, long>(_values.AsSpan(Count * sizeof(long), rows * sizeof(long)));
        MissingCount += Validity.Copy(mask, rows, _validity, Count);
        for (var i = 0; i < rows; i++)
        {
            // A missing cell holds zero, not whatever DuckDB left in memory, so two reads are identical.
            target[i] = Validity.IsValid(mask, i) ? data[i] * ticksPerUnit : 0;
        }

        Count += rows;
    }

    public override DataFrameColumn Build(string name, ParquetRepairs repairs) =>
        new PrimitiveDataFrameColumn<TimeSpan>(name, _values.AsMemory(0, Count * sizeof(long)), Validity.Trim(_validity, Count), Count, checked((int)MissingCount));
}
