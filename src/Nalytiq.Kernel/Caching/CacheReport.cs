namespace Nalytiq.Caching;

/// <summary>The result cache as <c>#!cache</c> shows it.</summary>
/// <param name="Statistics">Where the cache is and how it has served.</param>
/// <param name="Removed">How many entries a clear removed, when one was asked for.</param>
public sealed record CacheReport(CacheStatistics Statistics, long? Removed);
