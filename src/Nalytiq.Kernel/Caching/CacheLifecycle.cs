using Nalytiq.Localization;
using StackExchange.Redis;

namespace Nalytiq.Caching;

/// <summary>
/// Starting Garnet (or connecting to the shared one) on first use, the warning when that fails, and stopping what was
/// started.
/// </summary>
internal sealed class CacheLifecycle(ResultCacheOptions options) : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(3);

    private readonly ResultCacheOptions _options = options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CacheLayers? _layers;
    private LocalizedText? _startWarning;
    private int _startWarningAnnounced;
    private bool _disposed;

    /// <summary>The current problem (Garnet unreachable, could not start), or null when all is well.</summary>
    public LocalizedText? Warning => _layers?.Link?.CurrentWarning ?? _startWarning;

    /// <summary>The embedded server once started.</summary>
    public EmbeddedGarnet? Server => _layers?.Server;

    /// <summary>The warning to show with a result: the start warning once, then whatever the link has not yet said.</summary>
    public LocalizedText? TakeWarning(CacheLayers layers) =>
        _startWarning is not null && Interlocked.Exchange(ref _startWarningAnnounced, 1) == 0
            ? _startWarning
            : layers.Link?.TakeWarning();

    /// <summary>The started layers, starting them on first call.</summary>
    public async ValueTask<CacheLayers> GetLayersAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, typeof(ResultCache));
        if (Volatile.Read(ref _layers) is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, typeof(ResultCache));
            if (_layers is null)
            {
                Volatile.Write(ref _layers, await StartLayersAsync().ConfigureAwait(false));
            }

            return _layers;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CacheLayers> StartLayersAsync()
    {
        if (_options.Mode == CacheMode.Shared)
        {
            var endpoint = _options.SharedEndpoint?.Trim() ?? string.Empty;
            if (!IsEndpoint(endpoint))
            {
                _startWarning = new LocalizedText("Cache_InvalidEndpoint", endpoint);
                return new CacheLayers(_options, link: null, server: null);
            }

            var link = await GarnetLink.ConnectAsync(endpoint, _options.SharedPassword, allowAdmin: false, _options.Timeout, _options).ConfigureAwait(false);
            return new CacheLayers(_options, link, server: null);
        }

        EmbeddedGarnet? server;
        try
        {
            server = EmbeddedGarnet.Start(_options.DataDirectory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Garnet refused its options or its folder: analyses still work, only without persistence.
            _startWarning = new LocalizedText("Cache_StartFailed", e.Message);
            return new CacheLayers(_options, link: null, server: null);
        }

        if (server is null)
        {
            _startWarning = new LocalizedText("Cache_DirectoryInUse", _options.DataDirectory);
            return new CacheLayers(_options, link: null, server: null);
        }

        try
        {
            var embeddedLink = await GarnetLink.ConnectAsync(
                "127.0.0.1:" + server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                server.Password,
                allowAdmin: true,
                _options.EmbeddedTimeout,
                _options).ConfigureAwait(false);
            return new CacheLayers(_options, embeddedLink, server);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private static bool IsEndpoint(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        return colon > 0
            && int.TryParse(endpoint.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
            && port is > 0 and < 65536;
    }

    /// <summary>Flushes, checkpoints and stops what was started; later requests throw <see cref="ObjectDisposedException"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_layers is { } layers)
            {
                _layers = null;
                if (layers.Link is { } link)
                {
                    await link.FlushAsync(ShutdownLimit).ConfigureAwait(false);
                    if (layers.Server is not null && link.IsAvailable)
                    {
                        await CheckpointAsync(link).ConfigureAwait(false);
                    }
                }

                await layers.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task CheckpointAsync(GarnetLink link)
    {
        try
        {
            await link.Database.ExecuteAsync("SAVE").WaitAsync(ShutdownLimit).ConfigureAwait(false);
        }
        catch (Exception e) when (GarnetLink.IsGarnetFailure(e))
        {
            // The append-only file already holds every entry: a missed checkpoint only makes the next start replay more.
        }
    }
}
