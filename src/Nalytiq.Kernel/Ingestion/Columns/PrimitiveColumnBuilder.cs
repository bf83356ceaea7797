using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// A typed buffer plus a bitmap of missing cells. The frame column is built in one go from these buffers, which is
/// far cheaper than appending values to a column one by one.
/// </summary>
internal abstract class PrimitiveColumnBuilder<T> : ColumnBuilder
    where T : unmanaged
{
    private T[] _values;

    // Bit set = missing; allocated on the first missing cell so complete columns never pay for it.
    private byte[]? _missing;

    protected PrimitiveColumnBuilder(int capacity) => _values = new T[Math.Max(capacity, 16)];

    public override void AppendMissing()
    {
        if (Count == _values.Length)
        {
            Grow();
        }

        _missing ??= new byte[(_values.Length + 7) / 8];
        if (_missing.Length * 8 <= Count)
        {
            Array.Resize(ref _missing, (_values.Length + 7) / 8);
        }

        _missing[Count >> 3] |= (byte)(1 << (Count & 7));
        _values[Count++] = default;
        MissingCount++;
    }

    /// <summary>Appends a value that is already typed (columnar sources such as Parquet).</summary>
    public void AppendValue(T value) => Add(value);

    /// <summary>The values appended so far (missing cells hold the default).</summary>
    protected ReadOnlySpan<T> Values => _values.AsSpan(0, Count);

    public override DataFrameColumn Build(string name)
    {
        var bytes = MemoryMarshal.AsBytes(_values.AsSpan(0, Count)).ToArray();
        var validity = new byte[(Count + 7) / 8];
        validity.AsSpan().Fill(0xFF);
        if (_missing is not null)
        {
            for (var i = 0; i < validity.Length; i++)
            {
                validity[i] = (byte)~(i < _missing.Length ? _missing[i] : 0);
            }
        }

        if ((Count & 7) != 0)
        {
            validity[^1] &= (byte)((1 << (Count & 7)) - 1);
        }

        _values = [];
        return CreateColumn(name, bytes, validity, Count, checked((int)MissingCount));
    }

    protected abstract DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected bool Add(T value)
    {
        if (Count == _values.Length)
        {
            Grow();
        }

        _values[Count++] = value;
        return true;
    }

    /// <summary>Copies another builder's cells, converted, so a widened column keeps every value already read.</summary>
    protected void CopyFrom<TSource>(PrimitiveColumnBuilder<TSource> source, Func<TSource, T> convert)
        where TSource : unmanaged
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_values.Length < source._values.Length)
        {
            _values = new T[source._values.Length];
        }

        for (var i = 0; i < source.Count; i++)
        {
            _values[i] = convert(source._values[i]);
        }

        _missing = source._missing;
        Count = source.Count;
        MissingCount = source.MissingCount;
    }

    private void Grow()
    {
        var capacity = (int)Math.Min(Array.MaxLength, (long)_values.Length * 2);
        if (capacity == _values.Length)
        {
            throw new InvalidOperationException("A column cannot hold more rows.");
        }

        Array.Resize(ref _values, capacity);
    }
}
