using Microsoft.Extensions.Caching.Hybrid;

namespace Nalytiq.Caching;

public sealed partial class ResultCache
{
    private static readonly HybridCacheEntryOptions WarmUpOptions = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    /// <summary>
    /// Starts Garnet and runs one lookup of <typeparamref name="T"/> through both layers without storing anything,
    /// plus a JSON round trip of <paramref name="sample"/>: the first real read in a new process then costs
    /// milliseconds instead of the just-in-time compilation of the whole read path.
    /// </summary>
    internal async Task WarmUpAsync<T>(T sample, CancellationToken cancellationToken = default)
    {
        var layers = await GetLayersAsync(cancellationToken).ConfigureAwait(false);
        CacheEntrySerializer<T>.RoundTrip(new CacheEntry<T>(sample, DateTimeOffset.UnixEpoch, CacheSource.Computed));
        await layers.Hybrid.GetOrCreateAsync(
            KeyPrefix + "warm-up:" + typeof(T).Name,
            sample,
            static (value, _) => ValueTask.FromResult(new CacheEntry<T>(value, DateTimeOffset.UnixEpoch, CacheSource.Computed)),
            WarmUpOptions,
            tags: null,
            cancellationToken).ConfigureAwait(false);
    }
}
