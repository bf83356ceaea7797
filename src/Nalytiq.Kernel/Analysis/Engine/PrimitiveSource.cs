using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// A <see cref="PrimitiveDataFrameColumn{T}"/> read through its buffers: values in chunks, validity as an Arrow bitmap
/// (bit set = present, least significant bit first), one bitmap per value buffer.
/// </summary>
internal sealed class PrimitiveSource<T> : ColumnSource
    where T : unmanaged, IEquatable<T>
{
    private readonly ReadOnlyMemory<T>[] _values;
    private readonly ReadOnlyMemory<byte>[] _validity;
    private readonly int _bufferSize;

    public PrimitiveSource(PrimitiveDataFrameColumn<T> column, ColumnKind kind)
        : base(column.Name, kind, checked((int)column.Length))
    {
        _values = [.. column.GetReadOnlyDataBuffers()];
        _validity = [.. column.GetReadOnlyNullBitMapBuffers()];
        _bufferSize = _values.Length > 0 ? Math.Max(1, _values[0].Length) : 1;
        NullCount = column.NullCount;
    }

    public long NullCount { get; }

    /// <summary>The value buffers; each pairs with the validity bitmap of the same index.</summary>
    public ReadOnlySpan<ReadOnlyMemory<T>> Buffers => _values;

    public ReadOnlySpan<byte> Validity(int buffer) => _validity[buffer].Span;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsValid(ReadOnlySpan<byte> bits, int i) => (bits[i >> 3] & (1 << (i & 7))) != 0;

    /// <summary>Whether a present value counts as missing: NaN in a floating-point column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNaN(T value) =>
        (typeof(T) == typeof(double) && double.IsNaN(Unsafe.As<T, double>(ref value)))
        || (typeof(T) == typeof(float) && float.IsNaN(Unsafe.As<T, float>(ref value)));

    private bool IsMissing(int row, out T value)
    {
        var buffer = row / _bufferSize;
        var i = row - (buffer * _bufferSize);
        value = _values[buffer].Span[i];
        return !IsValid(_validity[buffer].Span, i) || IsNaN(value);
    }

    public override void HashInto(Span<uint> hashes)
    {
        var offset = 0;
        for (var b = 0; b < _values.Length; b++)
        {
            var values = _values[b].Span;
            var bits = _validity[b].Span;
            var rows = hashes.Slice(offset, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                var v = values[i];
                var h = IsValid(bits, i) && !IsNaN(v) ? (uint)v.GetHashCode() + 1 : 0U;
                rows[i] = Mix(rows[i], h);
            }

            offset += values.Length;
        }
    }

    public override bool RowEquals(int a, int b)
    {
        var missingA = IsMissing(a, out var x);
        var missingB = IsMissing(b, out var y);
        return missingA == missingB && (missingA || x.Equals(y));
    }

    public override void CountMissingByGroup(ReadOnlySpan<int> ids, Span<long> perGroup)
    {
        var offset = 0;
        for (var b = 0; b < _values.Length; b++)
        {
            var values = _values[b].Span;
            var bits = _validity[b].Span;
            for (var i = 0; i < values.Length; i++)
            {
                if (!IsValid(bits, i) || IsNaN(values[i]))
                {
                    perGroup[ids[offset + i]]++;
                }
            }

            offset += values.Length;
        }
    }

    public override void GroupIds(Span<int> ids, List<string?> keys)
    {
        var seen = new Dictionary<T, int>();
        var missingId = -1;
        var row = 0;
        for (var b = 0; b < _values.Length; b++)
        {
            var values = _values[b].Span;
            var bits = _validity[b].Span;
            for (var i = 0; i < values.Length; i++, row++)
            {
                var v = values[i];
                if (!IsValid(bits, i) || IsNaN(v))
                {
                    if (missingId < 0)
                    {
                        missingId = keys.Count;
                        keys.Add(null);
                    }

                    ids[row] = missingId;
                    continue;
                }

                if (!seen.TryGetValue(v, out var id))
                {
                    id = keys.Count;
                    seen.Add(v, id);
                    keys.Add(KeyText(v));
                }

                ids[row] = id;
            }
        }
    }

    public override void ReadDoubles(int start, Span<double> dest)
    {
        var done = 0;
        while (done < dest.Length)
        {
            var row = start + done;
            var buffer = row / _bufferSize;
            var offset = row - (buffer * _bufferSize);
            var values = _values[buffer].Span[offset..];
            var bits = _validity[buffer].Span;
            var length = Math.Min(values.Length, dest.Length - done);
            var target = dest.Slice(done, length);
            for (var i = 0; i < length; i++)
            {
                var v = values[i];
                var d = IsValid(bits, offset + i) ? ToDouble(v) : double.NaN;
                target[i] = double.IsFinite(d) ? d : double.NaN;
            }

            done += length;
        }
    }

    public override long EstimateBytes(ColumnProfile profile) => ((long)Length * Unsafe.SizeOf<T>()) + ((Length + 7) / 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(T value) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        decimal m => (double)m,
        _ => double.NaN,
    };

    private static string KeyText(T value) => value switch
    {
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "s", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
