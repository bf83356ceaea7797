using Nalytiq.Caching;

namespace Nalytiq;

public sealed partial class Workbench
{
    /// <summary>Where the result cache is and how it has served (starts it if needed).</summary>
    public async Task<CacheReport> GetCacheReportAsync(CancellationToken cancellationToken = default) =>
        new(await Cache.GetStatisticsAsync(cancellationToken).ConfigureAwait(false), null);

    /// <summary>Empties Nalytiq's entries from the result cache, then reports on it with how many were removed.</summary>
    public async Task<CacheReport> ClearCacheAsync(CancellationToken cancellationToken = default)
    {
        var removed = await Cache.ClearAsync(cancellationToken).ConfigureAwait(false);
        return new(await Cache.GetStatisticsAsync(cancellationToken).ConfigureAwait(false), removed);
    }
}
