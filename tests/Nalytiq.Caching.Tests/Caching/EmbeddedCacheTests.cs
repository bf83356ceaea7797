using Microsoft.Extensions.Time.Testing;
using Nalytiq.Caching;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Caching;

/// <summary>The default mode: a real embedded Garnet server per cache, each test on its own data folder.</summary>
public sealed class EmbeddedCacheTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_first_request_computes_and_the_second_is_served_from_memory()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var cache = new ResultCache(ResultCacheOptions.Embedded(folder.NewSubfolder()) with { TimeProvider = clock });
        var factory = new CountingFactory();
        var key = Key("first");

        var first = await cache.GetOrCreateAsync(key, factory.ComputeAsync).AsTask().WaitAsync(Bound);
        clock.Advance(TimeSpan.FromMinutes(5));
        var second = await cache.GetOrCreateAsync(key, factory.ComputeAsync).AsTask().WaitAsync(Bound);

        first.Source.ShouldBe(CacheSource.Computed);
        first.ComputedAt.ShouldBe(Monday);
        first.Warning.ShouldBeNull();
        second.Source.ShouldBe(CacheSource.Memory);
        second.Value.ShouldBe(first.Value);
        second.ComputedAt.ShouldBe(Monday);
        factory.Runs.ShouldBe(1);
    }

    [Fact]
    public async Task After_a_restart_a_new_server_on_the_same_folder_serves_the_entry_from_Garnet()
    {
        var directory = folder.NewSubfolder();
        var key = Key("restart");
        var before = new CountingFactory();
        CacheResult<SampleProfile> computed;
        await using (var cache = new ResultCache(ResultCacheOptions.Embedded(directory) with { TimeProvider = new FakeTimeProvider(Monday) }))
        {
            computed = await cache.GetOrCreateAsync(key, before.ComputeAsync).AsTask().WaitAsync(Bound);
        }

        var after = new CountingFactory();
        await using var restarted = new ResultCache(ResultCacheOptions.Embedded(directory) with { TimeProvider = new FakeTimeProvider(Monday.AddDays(1)) });
        var served = await restarted.GetOrCreateAsync(key, after.ComputeAsync).AsTask().WaitAsync(Bound);
        var again = await restarted.GetOrCreateAsync(key, after.ComputeAsync).AsTask().WaitAsync(Bound);

        computed.Source.ShouldBe(CacheSource.Computed);
        served.Source.ShouldBe(CacheSource.Garnet);
        served.Value.Histogram.ShouldBe(computed.Value.Histogram);
        (served.Value with { Histogram = computed.Value.Histogram }).ShouldBe(computed.Value);
        served.ComputedAt.ShouldBe(Monday);
        again.Source.ShouldBe(CacheSource.Memory);
        after.Runs.ShouldBe(0);
    }

    [Fact]
    public async Task After_a_crash_without_a_checkpoint_the_append_only_file_brings_the_entry_back()
    {
        var directory = folder.NewSubfolder();
        var key = Key("crash");
        await using (var cache = new ResultCache(ResultCacheOptions.Embedded(directory)))
        {
            await cache.GetOrCreateAsync(key, new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);
            await WhenWrittenAsync(cache, entries: 1);

            // Stop the server the way a dying kernel would: no checkpoint, only what the append-only file holds.
            cache.EmbeddedServer.ShouldNotBeNull().Dispose();
        }

        Directory.Exists(Path.Combine(directory, "Store", "checkpoints")).ShouldBeFalse("no checkpoint was taken");
        await using var restarted = new ResultCache(ResultCacheOptions.Embedded(directory));
        var after = new CountingFactory();
        var served = await restarted.GetOrCreateAsync(key, after.ComputeAsync).AsTask().WaitAsync(Bound);

        served.Source.ShouldBe(CacheSource.Garnet);
        after.Runs.ShouldBe(0);
    }

    [Fact]
    public async Task Eight_concurrent_requests_for_one_key_compute_once()
    {
        await using var cache = new ResultCache(ResultCacheOptions.Embedded(folder.NewSubfolder()));
        await cache.StartAsync().WaitAsync(Bound);
        var factory = new CountingFactory(held: true);
        var key = Key("stampede");

        var requests = Enumerable.Range(0, 8).Select(_ => cache.GetOrCreateAsync(key, factory.ComputeAsync).AsTask()).ToList();
        factory.Release();
        var results = await Task.WhenAll(requests).WaitAsync(Bound);

        factory.Runs.ShouldBe(1);
        results.Select(r => r.Value).Distinct().Count().ShouldBe(1);
        results.ShouldAllBe(r => r.Source == CacheSource.Computed);
        var statistics = await cache.GetStatisticsAsync().WaitAsync(Bound);
        statistics.Misses.ShouldBe(1);
        statistics.MemoryHits.ShouldBe(7);
    }

    [Fact]
    public async Task A_failing_computation_is_not_cached_and_the_next_request_computes_again()
    {
        await using var cache = new ResultCache(ResultCacheOptions.Embedded(folder.NewSubfolder()));
        var key = Key("failing");
        var factory = new CountingFactory();

        var failure = await Should.ThrowAsync<InvalidOperationException>(
            cache.GetOrCreateAsync<SampleProfile>(key, _ => throw new InvalidOperationException("profile failed")).AsTask().WaitAsync(Bound));
        var next = await cache.GetOrCreateAsync(key, factory.ComputeAsync).AsTask().WaitAsync(Bound);

        failure.Message.ShouldBe("profile failed");
        next.Source.ShouldBe(CacheSource.Computed);
        factory.Runs.ShouldBe(1);
    }

    [Fact]
    public async Task The_embedded_server_dying_under_a_live_cache_leaves_memory_and_computing_working_with_one_warning()
    {
        await using var cache = new ResultCache(ResultCacheOptions.Embedded(folder.NewSubfolder()));
        var factory = new CountingFactory();
        await cache.GetOrCreateAsync(Key("kept"), factory.ComputeAsync).AsTask().WaitAsync(Bound);

        cache.EmbeddedServer.ShouldNotBeNull().Dispose();
        var results = new List<CacheResult<SampleProfile>>
        {
            await cache.GetOrCreateAsync(Key("kept"), factory.ComputeAsync).AsTask().WaitAsync(Bound),
            await cache.GetOrCreateAsync(Key("new-1"), factory.ComputeAsync).AsTask().WaitAsync(Bound),
            await cache.GetOrCreateAsync(Key("new-2"), factory.ComputeAsync).AsTask().WaitAsync(Bound),
        };
        var statistics = await cache.GetStatisticsAsync().WaitAsync(Bound);

        results.Select(r => r.Source).ShouldBe([CacheSource.Memory, CacheSource.Computed, CacheSource.Computed]);
        results.Count(r => r.Warning is not null).ShouldBe(1);
        cache.Warning.ShouldNotBeNull().Key.ShouldBe("Cache_Unavailable");
        statistics.Connected.ShouldBeFalse();
        factory.Runs.ShouldBe(3);
    }

    [Fact]
    public async Task The_embedded_server_listens_on_loopback_only_and_refuses_clients_without_its_password()
    {
        await using var cache = new ResultCache(ResultCacheOptions.Embedded(folder.NewSubfolder()));
        await cache.StartAsync().WaitAsync(Bound);
        var port = cache.EmbeddedServer.ShouldNotBeNull().Port;

        var listeners = File.ReadAllLines("/proc/net/tcp").Concat(File.ReadAllLines("/proc/net/tcp6"))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 3 && fields[3] == "0A" && fields[1].EndsWith(":" + port.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Select(fields => fields[1])
            .ToList();
        using var anonymous = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(
            new StackExchange.Redis.ConfigurationOptions { EndPoints = { "127.0.0.1:" + port }, AbortOnConnectFail = false, ConnectTimeout = 1000 });

        listeners.ShouldBe(["0100007F:" + port.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)]);
        anonymous.IsConnected.ShouldBeFalse();
    }

    [Fact]
    public async Task A_second_session_on_a_folder_in_use_works_in_memory_and_says_why()
    {
        var directory = folder.NewSubfolder();
        await using var owner = new ResultCache(ResultCacheOptions.Embedded(directory));
        await owner.GetStatisticsAsync().WaitAsync(Bound);
        await using var second = new ResultCache(ResultCacheOptions.Embedded(directory));
        var factory = new CountingFactory();

        var first = await second.GetOrCreateAsync(Key("busy"), factory.ComputeAsync).AsTask().WaitAsync(Bound);
        var next = await second.GetOrCreateAsync(Key("busy"), factory.ComputeAsync).AsTask().WaitAsync(Bound);

        first.Source.ShouldBe(CacheSource.Computed);
        first.Warning.ShouldNotBeNull().Key.ShouldBe("Cache_DirectoryInUse");
        next.Source.ShouldBe(CacheSource.Memory);
        next.Warning.ShouldBeNull();
        second.Warning.ShouldNotBeNull().Key.ShouldBe("Cache_DirectoryInUse");
    }

    [Fact]
    public async Task Statistics_count_hits_misses_and_our_entries_in_Garnet()
    {
        var directory = folder.NewSubfolder();
        await using var cache = new ResultCache(ResultCacheOptions.Embedded(directory));
        var factory = new CountingFactory();
        await cache.GetOrCreateAsync(Key("one"), factory.ComputeAsync).AsTask().WaitAsync(Bound);
        await cache.GetOrCreateAsync(Key("two"), factory.ComputeAsync).AsTask().WaitAsync(Bound);
        await cache.GetOrCreateAsync(Key("one"), factory.ComputeAsync).AsTask().WaitAsync(Bound);

        var statistics = await WhenWrittenAsync(cache, entries: 2);

        statistics.Mode.ShouldBe(CacheMode.Embedded);
        statistics.Location.ShouldBe(directory);
        statistics.Connected.ShouldBeTrue();
        statistics.Misses.ShouldBe(2);
        statistics.MemoryHits.ShouldBe(1);
        statistics.Hits.ShouldBe(1);
        statistics.Entries.ShouldBe(2);
        statistics.SizeBytes.ShouldNotBeNull().ShouldBeGreaterThan(0);
        statistics.Warning.ShouldBeNull();
    }

    [Fact]
    public async Task Disposing_the_workbench_stops_its_server_and_keeps_the_entries()
    {
        var home = folder.NewSubfolder();
        var key = Key("workbench");
        var options = new WorkbenchOptions { HomeDirectory = home, TimeProvider = new FakeTimeProvider(Monday) };
        await using (var workbench = new Workbench(options))
        {
            await workbench.Cache.GetOrCreateAsync(key, new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);
        }

        // The folder lock is released: a new server can start on it and finds the entry.
        await using var next = new Workbench(options);
        var served = await next.Cache.GetOrCreateAsync(key, new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);

        next.Cache.Location.ShouldBe(Path.Combine(home, "cache"));
        served.Source.ShouldBe(CacheSource.Garnet);
        served.Warning.ShouldBeNull();
    }

    /// <summary>Garnet writes happen just after the value is returned; wait (boundedly) until they have landed.</summary>
    internal static async Task<CacheStatistics> WhenWrittenAsync(ResultCache cache, long entries)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            var statistics = await cache.GetStatisticsAsync().WaitAsync(Bound);
            if (statistics.Entries >= entries || DateTime.UtcNow > deadline)
            {
                return statistics;
            }

            await Task.Delay(20);
        }
    }

    internal static CacheKey Key(string name) => CacheKey.Create("profile", "fingerprint-" + name, new { Bins = 20 }, "1.0.0");
}
