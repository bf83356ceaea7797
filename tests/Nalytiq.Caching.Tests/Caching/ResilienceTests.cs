using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Nalytiq.Caching;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Caching;

/// <summary>Garnet away at start, dying mid-session and coming back: work goes on, one warning, nothing hangs.</summary>
public sealed class ResilienceTests(TeamGarnetServer garnet) : IClassFixture<TeamGarnetServer>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Garnet_dying_mid_session_leaves_memory_and_computing_working_with_one_warning_then_reconnects()
    {
        var options = ResultCacheOptions.Shared(garnet.Endpoint, garnet.Password) with { RetryInterval = TimeSpan.FromMilliseconds(200) };
        await using var cache = new ResultCache(options);
        var factory = new CountingFactory();
        await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("before"), factory.ComputeAsync).AsTask().WaitAsync(Bound);

        garnet.Stop();
        var watch = Stopwatch.StartNew();
        var remembered = await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("before"), factory.ComputeAsync).AsTask().WaitAsync(Bound);

        // A stopped Garnet may still finish what its open connection had in flight, so the outage is noticed on the
        // first request that reaches it after that, not necessarily the very first one: ask until it is noticed.
        var during = new List<CacheResult<SampleProfile>>();
        while (during.Count < 2 || (cache.Warning is null && watch.Elapsed < Bound))
        {
            during.Add(await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("during-" + during.Count), factory.ComputeAsync).AsTask().WaitAsync(Bound));
        }

        during.Add(await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("during-last"), factory.ComputeAsync).AsTask().WaitAsync(Bound));
        var duringOutage = cache.Warning;
        var elapsedDuringOutage = watch.Elapsed;
        var warnings = during.Prepend(remembered).Select(result => result.Warning).Where(w => w is not null).ToList();

        garnet.Start();
        var reconnected = await WhenConnectedAsync(cache);
        var afterOutage = await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("after"), factory.ComputeAsync).AsTask().WaitAsync(Bound);

        remembered.Source.ShouldBe(CacheSource.Memory);
        during.ShouldAllBe(result => result.Source == CacheSource.Computed);
        warnings.Count.ShouldBe(1, "an outage is announced once, on the request that met it");
        warnings[0]!.Key.ShouldBe("Cache_Unavailable");
        duringOutage.ShouldNotBeNull();
        elapsedDuringOutage.ShouldBeLessThan(TimeSpan.FromSeconds(10), "requests during an outage must not wait on Garnet");
        reconnected.ShouldBeTrue();

        // The write of "after" to Garnet completes in the background; its success is what clears the warning.
        (await WhenClearedAsync(cache)).ShouldBeTrue("the outage warning clears once a call to Garnet succeeds again");
        afterOutage.Source.ShouldBe(CacheSource.Computed);
        afterOutage.Warning.ShouldBeNull();
        await using var other = new ResultCache(options);
        await cache.DisposeAsync();
        var persisted = await other.GetOrCreateAsync(EmbeddedCacheTests.Key("after"), factory.ComputeAsync).AsTask().WaitAsync(Bound);
        persisted.Source.ShouldBe(CacheSource.Garnet);
    }

    [Fact]
    public async Task A_shared_server_that_is_not_there_costs_one_warning_and_no_hang()
    {
        await using var cache = new ResultCache(ResultCacheOptions.Shared("127.0.0.1:" + ClosedPort()));
        var factory = new CountingFactory();

        var first = await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("nowhere"), factory.ComputeAsync).AsTask().WaitAsync(Bound);
        var second = await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("nowhere-2"), factory.ComputeAsync).AsTask().WaitAsync(Bound);
        var statistics = await cache.GetStatisticsAsync().WaitAsync(Bound);

        first.Source.ShouldBe(CacheSource.Computed);
        first.Warning.ShouldNotBeNull().Key.ShouldBe("Cache_Unavailable");
        second.Warning.ShouldBeNull();
        statistics.Connected.ShouldBeFalse();
        statistics.Entries.ShouldBeNull();
        statistics.Warning.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("garnet.example.org")]
    [InlineData("host:port")]
    [InlineData(":6379")]
    public async Task A_malformed_NALYTIQ_GARNET_is_reported_and_the_cache_works_in_memory(string endpoint)
    {
        await using var cache = new ResultCache(ResultCacheOptions.Shared(endpoint));

        var result = await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("malformed"), new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);

        result.Source.ShouldBe(CacheSource.Computed);
        result.Warning.ShouldNotBeNull().Key.ShouldBe("Cache_InvalidEndpoint");
        result.Warning.Arguments.ShouldBe([endpoint]);
    }

    private static async Task<bool> WhenConnectedAsync(ResultCache cache)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline)
        {
            if ((await cache.GetStatisticsAsync().WaitAsync(Bound)).Connected)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static async Task<bool> WhenClearedAsync(ResultCache cache)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (cache.Warning is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return cache.Warning is null;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
