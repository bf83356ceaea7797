namespace Nalytiq.Caching;

/// <summary>The JSON stored in Garnet for one entry.</summary>
internal sealed record CachePayload<T>(DateTimeOffset ComputedAt, T Value);
