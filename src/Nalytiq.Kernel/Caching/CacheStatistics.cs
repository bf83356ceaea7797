using Nalytiq.Localization;

namespace Nalytiq.Caching;

/// <summary>What <c>#!cache</c> shows: where the cache lives and how it has been used in this session.</summary>
/// <param name="Mode">Embedded or shared server.</param>
/// <param name="Location">The embedded server's data folder, or the shared server's <c>host:port</c>.</param>
/// <param name="Connected">True when Garnet answered the last request.</param>
/// <param name="MemoryHits">Requests served from this process's memory (or by waiting on a concurrent computation).</param>
/// <param name="GarnetHits">Requests served from Garnet.</param>
/// <param name="Misses">Requests that ran their factory.</param>
/// <param name="Entries">Our entries in Garnet (keys under <see cref="ResultCache.KeyPrefix"/>); null when unreachable.</param>
/// <param name="SizeBytes">Their size in Garnet as the server reports it; null when unreachable.</param>
/// <param name="Warning">The current problem, if any (for example Garnet unreachable).</param>
public sealed record CacheStatistics(
    CacheMode Mode,
    string Location,
    bool Connected,
    long MemoryHits,
    long GarnetHits,
    long Misses,
    long? Entries,
    long? SizeBytes,
    LocalizedText? Warning)
{
    /// <summary>All requests served without running the factory.</summary>
    public long Hits => MemoryHits + GarnetHits;
}
