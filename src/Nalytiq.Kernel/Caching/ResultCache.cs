using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Hybrid;
using Nalytiq.Localization;
using StackExchange.Redis;

namespace Nalytiq.Caching;

/// <summary>
/// Caches computed results (profiles, models' metrics, ...) in memory (L1, <see cref="HybridCache"/>) over Garnet (L2),
/// so that re-running a notebook, restarting its kernel, or a colleague on a shared server gets them without
/// recomputing. Garnet is started or connected on first use; when it is away the cache carries on in memory.
/// </summary>
/// <remarks>
/// Its parts: <see cref="CacheLifecycle"/> starts and stops the layers, <see cref="CacheCounters"/> counts hits and
/// misses, <see cref="GarnetEntries"/> measures and clears our keys in Garnet.
/// </remarks>
public sealed class ResultCache : IAsyncDisposable
{
    /// <summary>Every key this cache writes to Garnet starts with this, so clearing never touches anyone else's.</summary>
    public const string KeyPrefix = "nalytiq:";

    private static readonly HybridCacheEntryOptions WarmUpOptions = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly HybridCacheEntryOptions _entryOptions;
    private readonly CacheLifecycle _lifecycle;
    private readonly CacheCounters _counters = new();

    /// <summary>Creates a cache; nothing starts until the first request.</summary>
    public ResultCache(ResultCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _lifecycle = new CacheLifecycle(options);
        _entryOptions = new HybridCacheEntryOptions
        {
            Expiration = options.Expiration,
            LocalCacheExpiration = options.LocalExpiration,
        };
    }

    /// <summary>How this cache was set up.</summary>
    public ResultCacheOptions Options { get; }

    /// <summary>The current problem (Garnet unreachable, could not start), or null when all is well.</summary>
    public LocalizedText? Warning => _lifecycle.Warning;

    /// <summary>The embedded server's data folder, or the shared server's endpoint.</summary>
    public string Location => Options.Mode == CacheMode.Shared
        ? Options.SharedEndpoint ?? string.Empty
        : Options.DataDirectory;

    /// <summary>The embedded server once started (tests stop it under a live cache to simulate a crash).</summary>
    internal EmbeddedGarnet? EmbeddedServer => _lifecycle.Server;

    /// <summary>
    /// Starts the embedded server (or connects to the shared one) now rather than on the first request. Starting
    /// takes about a second in a fresh process, so a caller can overlap it with its own work.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default) =>
        await _lifecycle.GetLayersAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Returns the value for <paramref name="key"/> from memory, else from Garnet, else from
    /// <paramref name="factory"/>, whose result is then stored in both. Concurrent requests for one key run the
    /// factory once.
    /// </summary>
    /// <typeparam name="T">An immutable, JSON-serializable result (a record): cached instances are shared.</typeparam>
    public async ValueTask<CacheResult<T>> GetOrCreateAsync<T>(
        CacheKey key,
        Func<CancellationToken, ValueTask<T>> factory,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);
        var layers = await _lifecycle.GetLayersAsync(cancellationToken).ConfigureAwait(false);
        var started = CacheSequence.Next();
        var ran = new StrongBox<bool>();
        var entry = await layers.Hybrid.GetOrCreateAsync(
            key.Value,
            (factory, Options.TimeProvider, layers.Link, key.Value, ran),
            static async (state, token) =>
            {
                state.ran.Value = true;
                var value = await state.factory(token).ConfigureAwait(false);
                state.Link?.ExpectWrite(state.Value);
                return new CacheEntry<T>(value, state.TimeProvider.GetUtcNow(), CacheSource.Computed);
            },
            _entryOptions,
            tags: null,
            cancellationToken).ConfigureAwait(false);

        // An entry that came to be after this request started was computed or read from Garnet for it (or for a
        // concurrent request it joined); an older one was already in memory.
        var source = entry.Sequence > started ? entry.Origin : CacheSource.Memory;
        _counters.Count(source, ran.Value);
        return new CacheResult<T>(entry.Value, source, entry.ComputedAt, _lifecycle.TakeWarning(layers));
    }

    /// <summary>
    /// Forgets the value for <paramref name="key"/> in memory and in Garnet, so the next request computes it again
    /// (<c>#!analyze --refresh</c>). Garnet being away is not an error: memory is cleared all the same.
    /// </summary>
    public async Task RemoveAsync(CacheKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var layers = await _lifecycle.GetLayersAsync(cancellationToken).ConfigureAwait(false);
        await layers.Hybrid.RemoveAsync(key.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Mode, location, this session's hits and misses, and our entries and their size in Garnet (<c>#!cache</c>).</summary>
    public async Task<CacheStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var layers = await _lifecycle.GetLayersAsync(cancellationToken).ConfigureAwait(false);
        var measured = layers.Link is { IsAvailable: true } link
            ? await GarnetEntries.MeasureAsync(link, cancellationToken).ConfigureAwait(false)
            : null;
        return new CacheStatistics(
            Options.Mode,
            Location,
            layers.Link is { IsAvailable: true },
            _counters.MemoryHits,
            _counters.GarnetHits,
            _counters.Misses,
            measured?.Count,
            measured?.Bytes,
            Warning);
    }

    /// <summary>
    /// Empties this session's memory layer and deletes our entries (keys under <see cref="KeyPrefix"/>) from Garnet,
    /// leaving any other keys on a shared server alone. Returns how many entries were deleted from Garnet.
    /// </summary>
    public async Task<long> ClearAsync(CancellationToken cancellationToken = default)
    {
        var layers = await _lifecycle.GetLayersAsync(cancellationToken).ConfigureAwait(false);
        await layers.ResetMemoryAsync().ConfigureAwait(false);
        return layers.Link is { IsAvailable: true } link
            ? await GarnetEntries.DeleteAsync(link, cancellationToken).ConfigureAwait(false)
            : 0;
    }

    /// <summary>
    /// Waits briefly for pending writes, checkpoints the embedded server (so the next start replays little), and
    /// stops the server and the connections.
    /// </summary>
    public ValueTask DisposeAsync() => _lifecycle.DisposeAsync();

    /// <summary>
    /// The team server's database when this cache runs in shared mode and the server is reachable; otherwise null, and
    /// the caller keeps its state in this process (the assistant's team rate limit).
    /// </summary>
    internal async Task<IDatabase?> GetSharedDatabaseAsync(CancellationToken cancellationToken)
    {
        if (Options.Mode != CacheMode.Shared)
        {
            return null;
        }

        var layers = await _lifecycle.GetLayersAsync(cancellationToken).ConfigureAwait(false);
        return layers.Link is { IsAvailable: true } link ? link.Database : null;
    }

    /// <summary>
    /// Starts Garnet and runs one lookup of <typeparamref name="T"/> through both layers without storing anything,
    /// plus a JSON round trip of <paramref name="sample"/>: the first real read in a new process then costs
    /// milliseconds instead of the just-in-time compilation of the whole read path.
    /// </summary>
    internal async Task WarmUpAsync<T>(T sample, CancellationToken cancellationToken = default)
    {
        var layers = await _lifecycle.GetLayersAsync(cancellationToken).ConfigureAwait(false);
        CacheEntrySerializer<T>.RoundTrip(new CacheEntry<T>(sample, DateTimeOffset.UnixEpoch, CacheSource.Computed));
        await layers.Hybrid.GetOrCreateAsync(
            KeyPrefix + "warm-up:" + typeof(T).Name,
            sample,
            static (value, _) => ValueTask.FromResult(new CacheEntry<T>(value, DateTimeOffset.UnixEpoch, CacheSource.Computed)),
            WarmUpOptions,
            tags: null,
            cancellationToken).ConfigureAwait(false);
    }
}
