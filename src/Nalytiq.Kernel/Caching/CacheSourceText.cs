using Nalytiq.Localization;

namespace Nalytiq.Caching;

/// <summary>Localized labels for cache sources and modes.</summary>
public static class CacheSourceText
{
    /// <summary>"computed", "from memory" or "from the Garnet cache" in the session's language.</summary>
    public static LocalizedText Describe(this CacheSource source) => source switch
    {
        CacheSource.Memory => new LocalizedText("Cache_Source_Memory"),
        CacheSource.Garnet => new LocalizedText("Cache_Source_Garnet"),
        _ => new LocalizedText("Cache_Source_Computed"),
    };

    /// <summary>"embedded Garnet" or "shared Garnet server" in the session's language.</summary>
    public static LocalizedText Describe(this CacheMode mode) =>
        new(mode == CacheMode.Shared ? "Cache_Mode_Shared" : "Cache_Mode_Embedded");
}
