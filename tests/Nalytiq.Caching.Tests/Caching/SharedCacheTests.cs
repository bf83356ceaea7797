using Nalytiq.Caching;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Caching;

/// <summary>Shared mode against a separately started Garnet server standing in for the team's.</summary>
public sealed class SharedCacheTests(TeamGarnetServer team, TemporaryFolder folder)
    : IClassFixture<TeamGarnetServer>, IClassFixture<TemporaryFolder>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>These tests are about sharing, not outages: a busy CI machine must not turn a slow write into a miss.</summary>
    private static readonly TimeSpan LoadedMachine = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_colleague_on_the_shared_server_gets_the_result_without_recomputing()
    {
        var unusedFolder = folder.NewSubfolder();
        var options = ResultCacheOptions.Shared(team.Endpoint, team.Password) with { DataDirectory = unusedFolder, Timeout = LoadedMachine };
        var key = EmbeddedCacheTests.Key("colleague");
        CacheResult<SampleProfile> mine;
        await using (var myCache = new ResultCache(options))
        {
            mine = await myCache.GetOrCreateAsync(key, new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);
        }

        var theirFactory = new CountingFactory();
        await using var theirCache = new ResultCache(options);
        var theirs = await theirCache.GetOrCreateAsync(key, theirFactory.ComputeAsync).AsTask().WaitAsync(Bound);

        mine.Source.ShouldBe(CacheSource.Computed);
        theirs.Source.ShouldBe(CacheSource.Garnet);
        theirs.Value.Mean.ShouldBe(mine.Value.Mean);
        theirs.ComputedAt.ShouldBe(mine.ComputedAt);
        theirFactory.Runs.ShouldBe(0);
        Directory.Exists(unusedFolder).ShouldBeFalse("no embedded server was started");
        using var client = await team.ConnectAsync();
        (await client.GetDatabase().KeyExistsAsync(ResultCache.KeyPrefix + key.Value)).ShouldBeTrue();
    }

    [Fact]
    public async Task Statistics_name_the_shared_server()
    {
        await using var cache = new ResultCache(ResultCacheOptions.Shared(team.Endpoint, team.Password) with { Timeout = LoadedMachine });
        await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("stats"), new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);

        var statistics = await EmbeddedCacheTests.WhenWrittenAsync(cache, entries: 1);

        statistics.Mode.ShouldBe(CacheMode.Shared);
        statistics.Location.ShouldBe(team.Endpoint);
        statistics.Connected.ShouldBeTrue();
        statistics.Misses.ShouldBe(1);
        statistics.Entries.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Clear_removes_our_entries_and_leaves_the_team_s_other_keys()
    {
        using var client = await team.ConnectAsync();
        var database = client.GetDatabase();
        await database.StringSetAsync("team:dashboard", "keep me");
        var options = ResultCacheOptions.Shared(team.Endpoint, team.Password) with { Timeout = LoadedMachine };
        var key = EmbeddedCacheTests.Key("clear");
        await using (var writer = new ResultCache(options))
        {
            await writer.GetOrCreateAsync(key, new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);
        }

        await using var cache = new ResultCache(options);
        await cache.GetOrCreateAsync(key, new CountingFactory().ComputeAsync).AsTask().WaitAsync(Bound);
        var deleted = await cache.ClearAsync().WaitAsync(Bound);
        var factory = new CountingFactory();
        var after = await cache.GetOrCreateAsync(key, factory.ComputeAsync).AsTask().WaitAsync(Bound);

        deleted.ShouldBeGreaterThanOrEqualTo(1);
        (await database.StringGetAsync("team:dashboard")).ToString().ShouldBe("keep me");
        after.Source.ShouldBe(CacheSource.Computed);
        factory.Runs.ShouldBe(1);
    }

    [Fact]
    public async Task A_wrong_password_leaves_the_cache_working_in_memory_with_a_warning()
    {
        await using var cache = new ResultCache(ResultCacheOptions.Shared(team.Endpoint, "not-the-password"));
        var factory = new CountingFactory();

        var first = await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("denied"), factory.ComputeAsync).AsTask().WaitAsync(Bound);
        var second = await cache.GetOrCreateAsync(EmbeddedCacheTests.Key("denied"), factory.ComputeAsync).AsTask().WaitAsync(Bound);

        first.Source.ShouldBe(CacheSource.Computed);
        first.Warning.ShouldNotBeNull().Key.ShouldBe("Cache_Unavailable");
        second.Source.ShouldBe(CacheSource.Memory);
        second.Warning.ShouldBeNull();
    }
}
