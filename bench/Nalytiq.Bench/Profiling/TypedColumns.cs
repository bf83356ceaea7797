using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Bench.Profiling;

/// <summary>
/// The benchmark file's five columns parsed into flat buffers (values as bytes, the layout DataFrame columns wrap
/// without copying), the floor for any reader that ends in a DataFrame.
/// </summary>
internal sealed class TypedColumns(int capacity)
{
    private byte[] _soldAt = new byte[capacity * sizeof(long)];
    private byte[] _storeId = new byte[capacity * sizeof(int)];
    private byte[] _quantity = new byte[capacity * sizeof(int)];
    private string[] _country = new string[capacity];
    private string[] _channel = new string[capacity];

    public int Count { get; private set; }

    public void Add(DateTime soldAt, int storeId, int quantity, string country, string channel)
    {
        if (Count == _country.Length)
        {
            Grow();
        }

        MemoryMarshal.Cast<byte, DateTime>(_soldAt.AsSpan())[Count] = soldAt;
        MemoryMarshal.Cast<byte, int>(_storeId.AsSpan())[Count] = storeId;
        MemoryMarshal.Cast<byte, int>(_quantity.AsSpan())[Count] = quantity;
        _country[Count] = country;
        _channel[Count] = channel;
        Count++;
    }

    public DataFrame ToFrame()
    {
        return new DataFrame(
            new PrimitiveDataFrameColumn<DateTime>("sold_at", _soldAt.AsMemory(0, Count * sizeof(long)), AllValid(), Count),
            new PrimitiveDataFrameColumn<int>("store_id", _storeId.AsMemory(0, Count * sizeof(int)), AllValid(), Count),
            new PrimitiveDataFrameColumn<int>("quantity", _quantity.AsMemory(0, Count * sizeof(int)), AllValid(), Count),
            new StringDataFrameColumn("country", _country.Take(Count)),
            new StringDataFrameColumn("channel", _channel.Take(Count)));
    }

    /// <summary>Joins the parts parsed by several threads, in order, into exactly-sized buffers.</summary>
    public static TypedColumns Concat(IReadOnlyList<TypedColumns> parts)
    {
        var joined = new TypedColumns(parts.Sum(p => p.Count));
        foreach (var part in parts)
        {
            var at = joined.Count;
            part._soldAt.AsSpan(0, part.Count * sizeof(long)).CopyTo(joined._soldAt.AsSpan(at * sizeof(long)));
            part._storeId.AsSpan(0, part.Count * sizeof(int)).CopyTo(joined._storeId.AsSpan(at * sizeof(int)));
            part._quantity.AsSpan(0, part.Count * sizeof(int)).CopyTo(joined._quantity.AsSpan(at * sizeof(int)));
            part._country.AsSpan(0, part.Count).CopyTo(joined._country.AsSpan(at));
            part._channel.AsSpan(0, part.Count).CopyTo(joined._channel.AsSpan(at));
            joined.Count += part.Count;
        }

        return joined;
    }

    private byte[] AllValid()
    {
        var validity = new byte[(Count + 7) / 8];
        validity.AsSpan().Fill(0xFF);
        return validity;
    }

    private void Grow()
    {
        var size = Math.Max(1024, _country.Length * 2);
        Array.Resize(ref _soldAt, size * sizeof(long));
        Array.Resize(ref _storeId, size * sizeof(int));
        Array.Resize(ref _quantity, size * sizeof(int));
        Array.Resize(ref _country, size);
        Array.Resize(ref _channel, size);
    }
}
