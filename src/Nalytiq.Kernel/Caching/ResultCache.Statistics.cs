using StackExchange.Redis;

namespace Nalytiq.Caching;

/// <summary>What <c>#!cache</c> shows and does.</summary>
public sealed partial class ResultCache
{
    private const int ScanPageSize = 500;

    /// <summary>Mode, location, this session's hits and misses, and our entries and their size in Garnet.</summary>
    public async Task<CacheStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var layers = await GetLayersAsync(cancellationToken).ConfigureAwait(false);
        long? entries = null;
        long? size = null;
        if (layers.Link is { IsAvailable: true } link)
        {
            try
            {
                long count = 0, bytes = 0;
                await foreach (var key in link.Server.KeysAsync(pattern: KeyPrefix + "*", pageSize: ScanPageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    count++;
                    var usage = await link.Database.ExecuteAsync("MEMORY", "USAGE", key).ConfigureAwait(false);
                    bytes += usage.IsNull ? 0 : (long)usage;
                }

                (entries, size) = (count, bytes);
                link.MarkUp();
            }
            catch (Exception e) when (GarnetLink.IsGarnetFailure(e))
            {
                link.MarkDown();
            }
        }

        return new CacheStatistics(
            Options.Mode,
            Location,
            layers.Link is { IsAvailable: true },
            Interlocked.Read(ref _memoryHits),
            Interlocked.Read(ref _garnetHits),
            Interlocked.Read(ref _misses),
            entries,
            size,
            Warning);
    }

    /// <summary>
    /// Empties this session's memory layer and deletes our entries (keys under <see cref="KeyPrefix"/>) from Garnet,
    /// leaving any other keys on a shared server alone. Returns how many entries were deleted from Garnet.
    /// </summary>
    public async Task<long> ClearAsync(CancellationToken cancellationToken = default)
    {
        var layers = await GetLayersAsync(cancellationToken).ConfigureAwait(false);
        await layers.ResetMemoryAsync().ConfigureAwait(false);
        if (layers.Link is not { IsAvailable: true } link)
        {
            return 0;
        }

        try
        {
            long deleted = 0;
            var batch = new List<RedisKey>(ScanPageSize);
            await foreach (var key in link.Server.KeysAsync(pattern: KeyPrefix + "*", pageSize: ScanPageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
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
}
