using Microsoft.Extensions.Caching.Distributed;

namespace Nalytiq.Caching;

/// <summary>The <see cref="IDistributedCache"/> calls, each guarded so that Garnet trouble is never the caller's.</summary>
internal sealed partial class GarnetLink
{
    public byte[]? Get(string key) => GetAsync(key).AsTask().GetAwaiter().GetResult();

    async Task<byte[]?> IDistributedCache.GetAsync(string key, CancellationToken token) =>
        await GetAsync(key, token).ConfigureAwait(false);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var write = GuardAsync(async () =>
        {
            await _cache.SetAsync(key, value, options, token).ConfigureAwait(false);
            return true;
        });
        var task = write.AsTask();
        _pendingWrites.TryAdd(task, 0);
        _ = task.ContinueWith(
            static (done, state) =>
            {
                var (link, key) = ((GarnetLink, string))state!;
                link.WriteFinished(key, done);
            },
            (this, key),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return task;
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public Task RefreshAsync(string key, CancellationToken token = default) => GuardAsync(async () =>
    {
        await _cache.RefreshAsync(key, token).ConfigureAwait(false);
        return true;
    }).AsTask();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default) => GuardAsync(async () =>
    {
        await _cache.RemoveAsync(key, token).ConfigureAwait(false);
        return true;
    }).AsTask();

    private ValueTask<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        GuardAsync(() => _cache.GetAsync(key, token));

    /// <summary>Runs one Garnet call unless Garnet is known to be away; a failure becomes a default result.</summary>
    private async ValueTask<TResult?> GuardAsync<TResult>(Func<Task<TResult?>> call)
    {
        if (!IsAvailable)
        {
            if (!_connection.IsConnected)
            {
                MarkDown();
            }

            return default;
        }

        try
        {
            var result = await call().ConfigureAwait(false);
            MarkUp();
            return result;
        }
        catch (Exception e) when (IsGarnetFailure(e))
        {
            MarkDown();
            return default;
        }
    }
}
