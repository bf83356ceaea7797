using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Nalytiq.Caching;

namespace Nalytiq.Assistant;

/// <summary>
/// Requests per minute per provider: a <see cref="TokenBucketRateLimiter"/> per provider and user in this process, and,
/// when the result cache is a team Garnet, buckets there per user and per team shared by every kernel.
/// </summary>
internal sealed class RateGate(AssistantOptions options, ResultCache cache, TimeProvider clock)
{
    private static readonly ConcurrentDictionary<string, TokenBucketRateLimiter> Local = new(StringComparer.Ordinal);

    /// <summary>Null when the request may go now; otherwise how long until it could.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(ProviderKind provider, CancellationToken cancellationToken)
    {
        var perMinute = Math.Max(1, options.RequestsPerMinute);
        var limiter = Local.GetOrAdd($"{provider}|{options.User}|{perMinute}", _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        using var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1) / perMinute;
        }

        var shared = await SharedAsync(cancellationToken).ConfigureAwait(false);
        if (shared is null)
        {
            return null;
        }

        try
        {
            return await shared.TryTakeAsync(Key(provider, "user", options.User), perMinute).ConfigureAwait(false)
                ?? await shared.TryTakeAsync(Key(provider, "team", options.Team), Math.Max(1, options.TeamRequestsPerMinute)).ConfigureAwait(false);
        }
        catch (Exception e) when (GarnetLink.IsGarnetFailure(e))
        {
            return null;
        }
    }

    internal static string Key(ProviderKind provider, string scope, string name) =>
        $"{ResultCache.KeyPrefix}ask:rate:{provider.ToString().ToLowerInvariant()}:{scope}:{name}";

    private async Task<SharedTokenBucket?> SharedAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetSharedDatabaseAsync(cancellationToken).ConfigureAwait(false) is { } database
                ? new SharedTokenBucket(database, clock)
                : null;
        }
        catch (Exception e) when (GarnetLink.IsGarnetFailure(e))
        {
            return null; // The team server is away: the local bucket still limits this kernel.
        }
    }
}
