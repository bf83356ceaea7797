using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Nalytiq.Caching;

/// <summary>What a started <see cref="ResultCache"/> runs on: the memory layer, the Garnet link, the embedded server.</summary>
internal sealed class CacheLayers : IAsyncDisposable
{
    private readonly ResultCacheOptions _options;
    private ServiceProvider _services;

    public CacheLayers(ResultCacheOptions options, GarnetLink? link, EmbeddedGarnet? server)
    {
        _options = options;
        Link = link;
        Server = server;
        (_services, Hybrid) = BuildHybrid();
    }

    public HybridCache Hybrid { get; private set; }

    /// <summary>Null when Garnet could not be set up at all: memory only.</summary>
    public GarnetLink? Link { get; }

    /// <summary>The embedded server, in embedded mode.</summary>
    public EmbeddedGarnet? Server { get; }

    /// <summary>Drops everything held in memory by starting a fresh memory layer over the same Garnet link.</summary>
    public async ValueTask ResetMemoryAsync()
    {
        var old = _services;
        (_services, Hybrid) = BuildHybrid();
        await old.DisposeAsync().ConfigureAwait(false);
    }

    private (ServiceProvider, HybridCache) BuildHybrid()
    {
        // A container only because HybridCache is built through one; nothing else lives in it.
        var services = new ServiceCollection();
        services.AddSingleton(_options.TimeProvider);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        if (Link is not null)
        {
            services.AddSingleton<IDistributedCache>(Link);
        }

        services.AddHybridCache(o =>
        {
            o.MaximumPayloadBytes = _options.MaximumEntryBytes;
            o.MaximumKeyLength = 512;
        }).AddSerializerFactory(new CacheEntrySerializerFactory());
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<HybridCache>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        if (Link is not null)
        {
            await Link.DisposeAsync().ConfigureAwait(false);
        }

        Server?.Dispose();
    }
}
