using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Caching;

public sealed class WorkbenchWarmUpTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-warm-").FullName;

    [Fact]
    public async Task An_upload_starts_the_cache_in_the_background_without_storing_anything()
    {
        var file = Path.Combine(_directory, "data.csv");
        await File.WriteAllTextAsync(file, "x,y\n1,a\n2,b\n");
        await using var workbench = new Workbench(new WorkbenchOptions { WorkingDirectory = _directory, HomeDirectory = Path.Combine(_directory, ".nalytiq") });

        await workbench.UploadAsync(file);
        await workbench.WarmUpAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var statistics = await workbench.Cache.GetStatisticsAsync();

        statistics.Connected.ShouldBeTrue();
        statistics.Entries.ShouldBe(0);
        statistics.Misses.ShouldBe(0);
        statistics.Hits.ShouldBe(0);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
