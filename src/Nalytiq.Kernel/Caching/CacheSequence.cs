namespace Nalytiq.Caching;

/// <summary>A process-wide counter that orders request starts and entry creations.</summary>
internal static class CacheSequence
{
    private static long _last;

    public static long Next() => Interlocked.Increment(ref _last);
}
