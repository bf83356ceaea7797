namespace Nalytiq.Caching;

/// <summary>Where a cached result came from.</summary>
public enum CacheSource
{
    /// <summary>Not cached yet: the factory ran for this request (or for a concurrent one it waited on).</summary>
    Computed,

    /// <summary>From this process's memory (L1).</summary>
    Memory,

    /// <summary>From Garnet (L2): computed earlier, in a previous session or by a colleague on a shared server.</summary>
    Garnet,
}
