using StackExchange.Redis;

namespace Nalytiq.Caching;

/// <summary>Our entries in Garnet (keys under <see cref="ResultCache.KeyPrefix"/>), scanned a page at a time.</summary>
internal static class GarnetEntries
{
    private const int ScanPageSize = 500;

    /// <summary>How many entries there are and their size in bytes; null when Garnet does not answer.</summary>
    public static async Task<(long Count, long Bytes)?> MeasureAsync(GarnetLink link, CancellationToken cancellationToken)
    {
        try
        {
            long count = 0, bytes = 0;
            await foreach (var key in Keys(link).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                count++;
                var usage = await link.Database.ExecuteAsync("MEMORY", "USAGE", key).ConfigureAwait(false);
                bytes += usage.IsNull ? 0 : (long)usage;
            }

            link.MarkUp();
            return (count, bytes);
        }
        catch (Exception e) when (GarnetLink.IsGarnetFailure(e))
        {
            link.MarkDown();
            return null;
        }
    }

    /// <summary>Deletes every entry, leaving any other keys alone; returns how many went (0 when Garnet does not answer).</summary>
    public static async Task<long> DeleteAsync(GarnetLink link, CancellationToken cancellationToken)
    {
        try
        {
            long deleted = 0;
            var batch = new List<RedisKey>(ScanPageSize);
            await foreach (var key in Keys(link).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(key);
                if (batch.Count == ScanPageSize)
                {
                    deleted += await link.Database.KeyDeleteAsync([.. batch]).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                deleted += await link.Database.KeyDeleteAsync([.. batch]).ConfigureAwait(false);
            }

            link.MarkUp();
            return deleted;
        }
        catch (Exception e) when (GarnetLink.IsGarnetFailure(e))
        {
            link.MarkDown();
            return 0;
        }
    }

    private static IAsyncEnumerable<RedisKey> Keys(GarnetLink link) =>
        link.Server.KeysAsync(pattern: ResultCache.KeyPrefix + "*", pageSize: ScanPageSize);
}
