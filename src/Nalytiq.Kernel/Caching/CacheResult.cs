using Nalytiq.Localization;

namespace Nalytiq.Caching;

/// <summary>A value served by <see cref="ResultCache"/>, with where it came from and when it was computed.</summary>
/// <typeparam name="T">The cached result type (an immutable record).</typeparam>
/// <param name="Value">The result.</param>
/// <param name="Source">Whether it was computed now, found in memory, or found in Garnet.</param>
/// <param name="ComputedAt">When the factory produced it, by the cache's clock (earlier than now for cache hits).</param>
/// <param name="Warning">
/// Set on the first result after Garnet became unreachable (or could not start): show it once. Null otherwise.
/// </param>
public sealed record CacheResult<T>(T Value, CacheSource Source, DateTimeOffset ComputedAt, LocalizedText? Warning = null)
{
    /// <summary>True when the value was not computed for this request.</summary>
    public bool FromCache => Source != CacheSource.Computed;
}
