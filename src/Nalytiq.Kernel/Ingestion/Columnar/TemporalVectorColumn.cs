using System.Runtime.InteropServices;
using DuckDB.NET.Native;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// Dates and timestamps, converted to <see cref="DateTime"/> ticks as the vectors arrive. A value outside years
/// 1–9999 (or DuckDB's infinity) cannot be a <see cref="DateTime"/>: the column is then read again as text. Nanoseconds
/// below the 100 ns tick are cut, with a warning.
/// </summary>
internal sealed unsafe class TemporalVectorColumn(string sourceName, int index, TemporalUnit unit, int capacity) : VectorColumn(sourceName, index)
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    private readonly long _ticksPerUnit = unit switch
    {
        TemporalUnit.Days => TimeSpan.TicksPerDay,
        TemporalUnit.Seconds => TimeSpan.TicksPerSecond,
        TemporalUnit.Milliseconds => TimeSpan.TicksPerMillisecond,
        _ => 10,
    };

    private readonly FirstRows _outOfRange = new();
    private readonly FirstRows _cut = new();
    private byte[] _values = new byte[Math.Max(capacity, 16) * sizeof(long)];
    private byte[] _validity = FixedVectorColumn<long>.NewBitmap(Math.Max(capacity, 16));

    public override ColumnKind Kind => ColumnKind.DateTime;

    public override bool NeedsTextPass => _outOfRange.Count > 0;

    /// <summary>The values that did not fit, for the warning when the column is read again as text.</summary>
    public FirstRows OutOfRange => _outOfRange;

    public override void Append(IntPtr vector, int rows)
    {
        var end = (Count + rows) * sizeof(long);
        if (end > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(end, (int)Math.Min(Array.MaxLength, (long)_values.Length * 2)));
        }

        Validity.Grow(ref _validity, Count + rows);
        var data = NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var mask = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        var target = MemoryMarshal.Cast<byte, long>(_values.AsSpan(Count * sizeof(long), rows * sizeof(long)));
        MissingCount += Validity.Copy(mask, rows, _validity, Count);
        for (var i = 0; i < rows; i++)
        {
            if (!Validity.IsValid(mask, i))
            {
                target[i] = 0;
                continue;
            }

            var raw = unit == TemporalUnit.Days ? ((int*)data)[i] : ((long*)data)[i];
            target[i] = ToTicks(raw, Count + i + 1);
        }

        Count += rows;
    }

    public override DataFrameColumn Build(string name, ParquetRepairs repairs)
    {
        repairs.Report("Parquet_NanosecondsCut", SourceName, Index, _cut);
        return new DateTimeDataFrameColumn(name, _values.AsMemory(0, Count * sizeof(long)), Validity.Trim(_validity, Count), Count, checked((int)MissingCount));
    }

    private long ToTicks(long raw, long row)
    {
        // DuckDB's infinities are the extreme values of the storage type.
        var infinite = unit == TemporalUnit.Days ? raw is int.MaxValue or -int.MaxValue : raw is long.MaxValue or -long.MaxValue;
        if (!infinite && unit == TemporalUnit.Nanoseconds)
        {
            // Every finite nanosecond timestamp (years 1677–2262) is a DateTime once floored to the 100 ns tick.
            var (quotient, remainder) = Math.DivRem(raw, 100);
            if (remainder < 0)
            {
                quotient--;
            }

            if (remainder != 0)
            {
                _cut.Add(row);
            }

            return UnixEpochTicks + quotient;
        }

        // The epoch is a whole number of days, so these bounds are exact and the product cannot overflow.
        if (!infinite && raw >= -UnixEpochTicks / _ticksPerUnit && raw <= (DateTime.MaxValue.Ticks - UnixEpochTicks) / _ticksPerUnit)
        {
            return UnixEpochTicks + (raw * _ticksPerUnit);
        }

        _outOfRange.Add(row);
        return 0;
    }
}
