using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Hybrid;

namespace Nalytiq.Caching;

/// <summary>Writes entries to Garnet as JSON; what it reads back is marked as coming from Garnet.</summary>
internal sealed class CacheEntrySerializer<T> : IHybridCacheSerializer<CacheEntry<T>>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    // Generated metadata when the payload type has it (profiles do); reflection otherwise.
    private static readonly JsonTypeInfo<CachePayload<T>> TypeInfo =
        CacheJsonContext.Default.GetTypeInfo(typeof(CachePayload<T>)) as JsonTypeInfo<CachePayload<T>>
        ?? (JsonTypeInfo<CachePayload<T>>)Json.GetTypeInfo(typeof(CachePayload<T>));

    public CacheEntry<T> Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        var payload = JsonSerializer.Deserialize(ref reader, TypeInfo)
            ?? throw new JsonException("An empty cache entry.");
        return new CacheEntry<T>(payload.Value, payload.ComputedAt, CacheSource.Garnet);
    }

    /// <summary>Writes and reads back an entry: warms the JSON code paths before the first real read (<see cref="ResultCache.WarmUpAsync"/>).</summary>
    public static CacheEntry<T> RoundTrip(CacheEntry<T> entry)
    {
        var serializer = new CacheEntrySerializer<T>();
        var buffer = new ArrayBufferWriter<byte>();
        serializer.Serialize(entry, buffer);
        return serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));
    }

    public void Serialize(CacheEntry<T> value, IBufferWriter<byte> target)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var writer = new Utf8JsonWriter(target);
        JsonSerializer.Serialize(writer, new CachePayload<T>(value.ComputedAt, value.Value), TypeInfo);
    }
}
