namespace Nalytiq.Caching;

/// <summary>Which Garnet server backs the result cache.</summary>
public enum CacheMode
{
    /// <summary>A private Garnet server started inside this process, persisted under the session's home folder.</summary>
    Embedded,

    /// <summary>A team Garnet server named by <c>NALYTIQ_GARNET</c>; no embedded server is started.</summary>
    Shared,
}
