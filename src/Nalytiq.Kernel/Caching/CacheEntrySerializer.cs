using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;

namespace Nalytiq.Caching;

/// <summary>Writes entries to Garnet as JSON; what it reads back is marked as coming from Garnet.</summary>
internal sealed class CacheEntrySerializer<T> : IHybridCacheSerializer<CacheEntry<T>>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public CacheEntry<T> Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        var payload = JsonSerializer.Deserialize<CachePayload<T>>(ref reader, Json)
            ?? throw new JsonException("An empty cache entry.");
        return new CacheEntry<T>(payload.Value, payload.ComputedAt, CacheSource.Garnet);
    }

    public void Serialize(CacheEntry<T> value, IBufferWriter<byte> target)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var writer = new Utf8JsonWriter(target);
        JsonSerializer.Serialize(writer, new CachePayload<T>(value.ComputedAt, value.Value), Json);
    }
}
