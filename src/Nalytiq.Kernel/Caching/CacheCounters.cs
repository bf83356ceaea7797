namespace Nalytiq.Caching;

/// <summary>This session's hits and misses, counted without locks.</summary>
internal sealed class CacheCounters
{
    private long _memoryHits;
    private long _garnetHits;
    private long _misses;

    public long MemoryHits => Interlocked.Read(ref _memoryHits);

    public long GarnetHits => Interlocked.Read(ref _garnetHits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Counts one request served from <paramref name="source"/>; <paramref name="ran"/> says whether its own factory ran.</summary>
    public void Count(CacheSource source, bool ran) => _ = source switch
    {
        CacheSource.Garnet => Interlocked.Increment(ref _garnetHits),
        CacheSource.Computed when ran => Interlocked.Increment(ref _misses),

        // Served from memory, or by waiting on a concurrent request's computation.
        _ => Interlocked.Increment(ref _memoryHits),
    };
}
