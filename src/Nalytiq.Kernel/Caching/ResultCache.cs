using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Hybrid;
using Nalytiq.Localization;

namespace Nalytiq.Caching;

/// <summary>
/// Caches computed results (profiles, models' metrics, ...) in memory (L1, <see cref="HybridCache"/>) over Garnet (L2),
/// so that re-running a notebook, restarting its kernel, or a colleague on a shared server gets them without
/// recomputing. Garnet is started or connected on first use; when it is away the cache carries on in memory.
/// </summary>
public sealed partial class ResultCache : IAsyncDisposable
{
    /// <summary>Every key this cache writes to Garnet starts with this, so clearing never touches anyone else's.</summary>
    public const string KeyPrefix = "nalytiq:";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HybridCacheEntryOptions _entryOptions;
    private CacheLayers? _layers;
    private LocalizedText? _startWarning;
    private int _startWarningAnnounced;
    private long _memoryHits;
    private long _garnetHits;
    private long _misses;
    private bool _disposed;

    /// <summary>Creates a cache; nothing starts until the first request.</summary>
    public ResultCache(ResultCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _entryOptions = new HybridCacheEntryOptions
        {
            Expiration = options.Expiration,
            LocalCacheExpiration = options.LocalExpiration,
        };
    }

    /// <summary>How this cache was set up.</summary>
    public ResultCacheOptions Options { get; }

    /// <summary>The current problem (Garnet unreachable, could not start), or null when all is well.</summary>
    public LocalizedText? Warning => _layers?.Link?.CurrentWarning ?? _startWarning;

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
        var layers = await GetLayersAsync(cancellationToken).ConfigureAwait(false);
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
        _ = source switch
        {
            CacheSource.Garnet => Interlocked.Increment(ref _garnetHits),
            CacheSource.Computed when ran.Value => Interlocked.Increment(ref _misses),

            // Served from memory, or by waiting on a concurrent request's computation.
            _ => Interlocked.Increment(ref _memoryHits),
        };
        return new CacheResult<T>(entry.Value, source, entry.ComputedAt, TakeWarning(layers));
    }

    private LocalizedText? TakeWarning(CacheLayers layers) =>
        _startWarning is not null && Interlocked.Exchange(ref _startWarningAnnounced, 1) == 0
            ? _startWarning
            : layers.Link?.TakeWarning();
}
