using Nalytiq.Caching;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The output of <c>#!cache</c>.</summary>
/// <param name="Statistics">Where the cache is and how it has served.</param>
/// <param name="Removed">How many entries <c>--clear</c> removed, when it was given.</param>
internal sealed record CacheView(CacheStatistics Statistics, long? Removed);
