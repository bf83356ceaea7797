using StackExchange.Redis;

namespace Nalytiq.Caching;

/// <summary>Small shared state beside the cached results (the assistant's team rate limit), in shared mode only.</summary>
public sealed partial class ResultCache
{
    /// <summary>
    /// The team server's database when this cache runs in shared mode and the server is reachable; otherwise null, and
    /// the caller keeps its state in this process.
    /// </summary>
    internal async Task<IDatabase?> GetSharedDatabaseAsync(CancellationToken cancellationToken)
    {
        if (Options.Mode != CacheMode.Shared)
        {
            return null;
        }

        var layers = await GetLayersAsync(cancellationToken).ConfigureAwait(false);
        return layers.Link is { IsAvailable: true } link ? link.Database : null;
    }
}
