using Nalytiq.Analysis;
using Nalytiq.Caching;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Caching;

/// <summary>Two analysts' workbenches sharing one Garnet server that runs as a separate process.</summary>
public sealed class TeamServerWorkbenchTests(GarnetServerProcess server) : IClassFixture<GarnetServerProcess>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-team-").FullName;

    [Fact]
    public async Task A_colleague_gets_the_profile_from_the_team_server_without_recomputing()
    {
        var file = Path.Combine(_directory, "harvests.csv");
        await File.WriteAllTextAsync(file, "district,kg\nHuye,4213\nRusizi,\nHuye,7614\nKarongi,5550\n");
        AnalysisResult first;

        // Alice's session ends before Bruno asks: closing it waits for her profile's write to the team server, which
        // otherwise lands in the background, later on a busy machine than Bruno's question.
        await using (var alice = Workbench("alice"))
        {
            first = await alice.AnalyzeAsync("harvests", (await alice.UploadAsync(file)).Frame);
        }

        await using var bruno = Workbench("bruno");
        var second = await bruno.AnalyzeAsync("harvests", (await bruno.UploadAsync(file)).Frame);
        var statistics = await bruno.Cache.GetStatisticsAsync();

        first.Source.ShouldBe(CacheSource.Computed);
        second.Source.ShouldBe(CacheSource.Garnet);
        second.ComputedAt.ShouldBe(first.ComputedAt);
        second.Profile.Overview.Rows.ShouldBe(4);
        statistics.Mode.ShouldBe(CacheMode.Shared);
        statistics.Location.ShouldContain(server.Endpoint);
        statistics.Connected.ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Workbench Workbench(string analyst) => new(new WorkbenchOptions
    {
        WorkingDirectory = _directory,
        HomeDirectory = Path.Combine(_directory, analyst, ".nalytiq"),
        // A slow answer from the team server on a busy machine would turn the write into a miss: this test is about sharing.
        Cache = ResultCacheOptions.Shared(server.Endpoint, server.Password) with { Timeout = TimeSpan.FromSeconds(10) },
    });
}
