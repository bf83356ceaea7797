namespace Nalytiq.Caching;

public sealed partial class ResultCache
{
    /// <summary>
    /// Forgets the value for <paramref name="key"/> in memory and in Garnet, so the next request computes it again
    /// (<c>#!analyze --refresh</c>). Garnet being away is not an error: memory is cleared all the same.
    /// </summary>
    public async Task RemoveAsync(CacheKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var layers = await GetLayersAsync(cancellationToken).ConfigureAwait(false);
        await layers.Hybrid.RemoveAsync(key.Value, cancellationToken).ConfigureAwait(false);
    }
}
