using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Export.Frames;

/// <summary>
/// A primitive column read through its value buffers and validity bitmaps (bit set = present) rather than its
/// indexer, which would look the buffer up and wrap the value in a nullable on every call.
/// </summary>
internal sealed class ValueColumn<T> : ExportColumn
    where T : unmanaged
{
    private readonly ReadOnlyMemory<T>[] _values;
    private readonly ReadOnlyMemory<byte>[] _validity;
    private readonly long _bufferSize;
    private readonly bool _hasNulls;

    public ValueColumn(PrimitiveDataFrameColumn<T> column, ColumnKind kind)
        : base(column.Name, kind, column.Length)
    {
        _values = [.. column.GetReadOnlyDataBuffers()];
        _validity = [.. column.GetReadOnlyNullBitMapBuffers()];
        _bufferSize = _values.Length > 0 ? Math.Max(1, _values[0].Length) : 1;
        _hasNulls = column.NullCount > 0;
    }

    /// <summary>The value at <paramref name="row"/>, or false when it is null (NaN is a value here; see <see cref="IsMissing"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(long row, out T value)
    {
        if (_values.Length == 1)
        {
            var i = (int)row;
            value = _values[0].Span[i];
            return !_hasNulls || (_validity[0].Span[i >> 3] & (1 << (i & 7))) != 0;
        }

        var buffer = (int)(row / _bufferSize);
        var index = (int)(row - (buffer * _bufferSize));
        value = _values[buffer].Span[index];
        return !_hasNulls || (_validity[buffer].Span[index >> 3] & (1 << (index & 7))) != 0;
    }

    public override bool IsMissing(long row) =>
        !TryGet(row, out var value) || (typeof(T) == typeof(double) && double.IsNaN(Unsafe.As<T, double>(ref value)));

    /// <summary>Copies <paramref name="destination"/>.Length values from <paramref name="start"/>, nulls as null.</summary>
    public void CopyTo(long start, Span<T?> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = TryGet(start + i, out var value) ? value : null;
        }
    }

    /// <summary>Copies values from <paramref name="start"/>; only for columns without nulls.</summary>
    public void CopyTo(long start, Span<T> destination)
    {
        var done = 0;
        while (done < destination.Length)
        {
            var row = start + done;
            var buffer = (int)(row / _bufferSize);
            var index = (int)(row - (buffer * _bufferSize));
            var source = _values[buffer].Span[index..];
            var length = Math.Min(source.Length, destination.Length - done);
            source[..length].CopyTo(destination[done..]);
            done += length;
        }
    }

    /// <summary>Whether any value is null (NaN not included).</summary>
    public bool HasNulls => _hasNulls;
}
