using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Hybrid;

namespace Nalytiq.Caching;

/// <summary>Gives the hybrid cache our JSON serializer for every <see cref="CacheEntry{T}"/>.</summary>
internal sealed class CacheEntrySerializerFactory : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        var type = typeof(T);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CacheEntry<>))
        {
            var serializerType = typeof(CacheEntrySerializer<>).MakeGenericType(type.GetGenericArguments()[0]);
            serializer = (IHybridCacheSerializer<T>)Activator.CreateInstance(serializerType)!;
            return true;
        }

        serializer = null;
        return false;
    }
}
