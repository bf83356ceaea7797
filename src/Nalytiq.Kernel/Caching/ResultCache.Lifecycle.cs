using Nalytiq.Localization;
using StackExchange.Redis;

namespace Nalytiq.Caching;

/// <summary>Starting Garnet (or connecting to the shared one) on first use, and stopping what was started.</summary>
public sealed partial class ResultCache
{
    private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(3);

    /// <summary>The embedded server's data folder, or the shared server's endpoint.</summary>
    public string Location => Options.Mode == CacheMode.Shared
        ? Options.SharedEndpoint ?? string.Empty
        : Options.DataDirectory;

    /// <summary>
    /// Starts the embedded server (or connects to the shared one) now rather than on the first request. Starting
    /// takes about a second in a fresh process, so a caller can overlap it with its own work.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default) =>
        await GetLayersAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The embedded server once started (tests stop it under a live cache to simulate a crash).</summary>
    internal EmbeddedGarnet? EmbeddedServer => _layers?.Server;

    private async ValueTask<CacheLayers> GetLayersAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Volatile.Read(ref _layers) is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
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
        if (Options.Mode == CacheMode.Shared)
        {
            var endpoint = Options.SharedEndpoint?.Trim() ?? string.Empty;
            if (!IsEndpoint(endpoint))
            {
                _startWarning = new LocalizedText("Cache_InvalidEndpoint", endpoint);
                return new CacheLayers(Options, link: null, server: null);
            }

            var link = await GarnetLink.ConnectAsync(endpoint, Options.SharedPassword, allowAdmin: false, Options.Timeout, Options).ConfigureAwait(false);
            return new CacheLayers(Options, link, server: null);
        }

        EmbeddedGarnet? server;
        try
        {
            server = EmbeddedGarnet.Start(Options.DataDirectory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Garnet refused its options or its folder: analyses still work, only without persistence.
            _startWarning = new LocalizedText("Cache_StartFailed", e.Message);
            return new CacheLayers(Options, link: null, server: null);
        }

        if (server is null)
        {
            _startWarning = new LocalizedText("Cache_DirectoryInUse", Options.DataDirectory);
            return new CacheLayers(Options, link: null, server: null);
        }

        try
        {
            var embeddedLink = await GarnetLink.ConnectAsync(
                "127.0.0.1:" + server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                server.Password,
                allowAdmin: true,
                Options.EmbeddedTimeout,
                Options).ConfigureAwait(false);
            return new CacheLayers(Options, embeddedLink, server);
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

    /// <summary>
    /// Waits briefly for pending writes, checkpoints the embedded server (so the next start replays little), and
    /// stops the server and the connections.
    /// </summary>
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
