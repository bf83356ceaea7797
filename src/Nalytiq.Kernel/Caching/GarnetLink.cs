using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Nalytiq.Localization;
using StackExchange.Redis;

namespace Nalytiq.Caching;

/// <summary>
/// The L2 the hybrid cache sees: StackExchange.Redis's distributed cache over Garnet, made harmless when Garnet is
/// away. A failed or timed-out call counts as a miss (reads) or is dropped (writes), raises one warning per outage,
/// and Garnet is then skipped until the client has reconnected and the retry interval has passed.
/// </summary>
internal sealed partial class GarnetLink : IDistributedCache, IAsyncDisposable
{
    private readonly ConnectionMultiplexer _connection;
    private readonly RedisCache _cache;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _retryInterval;
    private readonly ConcurrentDictionary<Task, byte> _pendingWrites = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _expectedWrites = new(StringComparer.Ordinal);
    private readonly Lock _stateLock = new();
    private long _retryAfter;
    private bool _down;
    private LocalizedText? _unannouncedWarning;

    private GarnetLink(ConnectionMultiplexer connection, string location, TimeProvider clock, TimeSpan retryInterval)
    {
        _connection = connection;
        _clock = clock;
        _retryInterval = retryInterval;
        Location = location;
        _cache = new RedisCache(new RedisCacheOptions
        {
            InstanceName = ResultCache.KeyPrefix,
            ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(connection),
        });
    }

    /// <summary>The endpoint, as shown to users.</summary>
    public string Location { get; }

    /// <summary>True when the client is connected and no recent call failed.</summary>
    public bool IsAvailable => _connection.IsConnected && _clock.GetTimestamp() >= Interlocked.Read(ref _retryAfter);

    /// <summary>The outage currently going on, if any.</summary>
    public LocalizedText? CurrentWarning { get; private set; }

    internal IDatabase Database => _connection.GetDatabase();

    internal IServer Server => _connection.GetServers()[0];

    /// <summary>
    /// Connects to <paramref name="endpoint"/>. Returns even if Garnet is down: the client keeps reconnecting in the
    /// background and the cache works in memory meanwhile.
    /// </summary>
    public static async Task<GarnetLink> ConnectAsync(
        string endpoint, string? password, bool allowAdmin, TimeSpan timeLimit, ResultCacheOptions options)
    {
        var timeout = (int)Math.Clamp(timeLimit.TotalMilliseconds, 50, int.MaxValue);
        var configuration = new ConfigurationOptions
        {
            EndPoints = { endpoint },
            Password = password,
            AbortOnConnectFail = false,
            ConnectTimeout = timeout,
            SyncTimeout = timeout,
            AsyncTimeout = timeout,
            ConnectRetry = 1,
            AllowAdmin = allowAdmin,
            ClientName = "nalytiq",

            // While disconnected, fail at once instead of queueing commands until the timeout.
            BacklogPolicy = BacklogPolicy.FailFast,
            ReconnectRetryPolicy = new LinearRetry(500),
        };
        var connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        var link = new GarnetLink(connection, endpoint, options.TimeProvider, options.RetryInterval);
        if (!connection.IsConnected)
        {
            link.MarkDown();
        }

        return link;
    }

    /// <summary>The warning for an outage not yet shown to anyone; null afterwards.</summary>
    public LocalizedText? TakeWarning()
    {
        lock (_stateLock)
        {
            var warning = _unannouncedWarning;
            _unannouncedWarning = null;
            return warning;
        }
    }

    /// <summary>
    /// Notes that the hybrid cache is about to write <paramref name="key"/> in the background (it does so after handing
    /// the value out), so that <see cref="FlushAsync"/> also waits for writes that have not begun yet.
    /// </summary>
    public void ExpectWrite(string key)
    {
        if (IsAvailable)
        {
            _expectedWrites.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    /// <summary>Waits (briefly) for the writes the hybrid cache does in the background.</summary>
    public async Task FlushAsync(TimeSpan limit)
    {
        var writes = _pendingWrites.Keys.Concat(_expectedWrites.Values.Select(expected => expected.Task));
        try
        {
            await Task.WhenAll(writes).WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Garnet is slow or gone: those entries are simply not persisted.
        }
    }

    private void WriteFinished(string key, Task write)
    {
        _pendingWrites.TryRemove(write, out _);
        if (_expectedWrites.TryRemove(key, out var expected))
        {
            expected.TrySetResult();
        }
    }

    /// <summary>Records a failed call: warn once per outage and leave Garnet alone for a while.</summary>
    internal void MarkDown()
    {
        Interlocked.Exchange(ref _retryAfter, _clock.GetTimestamp() + (long)(_retryInterval.TotalSeconds * _clock.TimestampFrequency));
        lock (_stateLock)
        {
            if (!_down)
            {
                _down = true;
                CurrentWarning = new LocalizedText("Cache_Unavailable", Location);
                _unannouncedWarning = CurrentWarning;
            }
        }
    }

    /// <summary>Records a successful call: the next outage warns again.</summary>
    internal void MarkUp()
    {
        if (!Volatile.Read(ref _down))
        {
            return;
        }

        lock (_stateLock)
        {
            _down = false;
            CurrentWarning = null;
            _unannouncedWarning = null;
        }
    }

    internal static bool IsGarnetFailure(Exception e) =>
        e is RedisException or TimeoutException or ObjectDisposedException or IOException
            or System.Net.Sockets.SocketException;

    public async ValueTask DisposeAsync()
    {
        _cache.Dispose();
        await _connection.CloseAsync(allowCommandsToComplete: false).ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
