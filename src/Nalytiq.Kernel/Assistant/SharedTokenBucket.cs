using System.Globalization;
using StackExchange.Redis;

namespace Nalytiq.Assistant;

/// <summary>
/// A token bucket kept in the team's Garnet, so every analyst's kernel draws from the same requests-per-minute. The
/// bucket is one string (<c>tokens;unix-ms</c>) updated with an optimistic transaction: read, refill by elapsed time,
/// take one, write only if nobody wrote in between, else try again.
/// </summary>
internal sealed class SharedTokenBucket(IDatabase database, TimeProvider clock)
{
    private const int Attempts = 8;

    /// <summary>Takes one request from <paramref name="key"/>'s bucket; returns how long to wait when it is empty.</summary>
    public async Task<TimeSpan?> TryTakeAsync(string key, int perMinute)
    {
        var rate = perMinute / 60_000.0;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var stored = await database.StringGetAsync(key).ConfigureAwait(false);
            var (tokens, at) = Parse(stored, perMinute, now);
            tokens = Math.Min(perMinute, tokens + ((now - at) * rate));
            if (tokens < 1)
            {
                return TimeSpan.FromMilliseconds(Math.Ceiling((1 - tokens) / rate));
            }

            var transaction = database.CreateTransaction();
            transaction.AddCondition(stored.IsNull ? Condition.KeyNotExists(key) : Condition.StringEqual(key, stored));
            _ = transaction.StringSetAsync(key, string.Create(CultureInfo.InvariantCulture, $"{tokens - 1:R};{now}"), TimeSpan.FromMinutes(10));
            if (await transaction.ExecuteAsync().ConfigureAwait(false))
            {
                return null;
            }
        }

        return TimeSpan.FromMilliseconds(100); // Heavy contention: treat as a short wait rather than spin.
    }

    private static (double Tokens, long At) Parse(RedisValue stored, int capacity, long now)
    {
        var parts = stored.IsNull ? [] : stored.ToString().Split(';');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var tokens)
            && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var at)
            ? (tokens, Math.Min(at, now))
            : (capacity, now);
    }
}
