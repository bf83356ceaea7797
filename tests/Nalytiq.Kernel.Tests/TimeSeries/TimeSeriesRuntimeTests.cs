using System.Runtime.Loader;
using Nalytiq.Charts;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.TimeSeries;

public sealed class TimeSeriesRuntimeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nalytiq-timeseries-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Deedle_runs_in_the_private_context_shared_with_the_charts()
    {
        TimeSeriesRuntime.Shared.Resample(GeneratedSeries.Create(rows: 50, seed: 3), ResamplePeriod.Week);
        ChartRuntime.Shared.GetRenderer();

        var engine = TimeSeriesRuntime.Shared.GetEngine();
        var context = AssemblyLoadContext.GetLoadContext(engine.GetType().Assembly).ShouldNotBeNull();
        var deedle = context.Assemblies.Single(a => a.GetName().Name == "Deedle");

        context.ShouldNotBeSameAs(AssemblyLoadContext.Default);
        context.Name.ShouldBe("Nalytiq.Charts");
        AssemblyLoadContext.GetLoadContext(deedle).ShouldBeSameAs(context);
        deedle.GetName().Version!.Major.ShouldBe(8);
        Path.GetDirectoryName(deedle.Location).ShouldBe(Path.Combine(AppContext.BaseDirectory, "charts"));
        AssemblyLoadContext.Default.Assemblies.ShouldNotContain(a => a.GetName().Name == "Deedle");
        AssemblyLoadContext.GetLoadContext(ChartRuntime.Shared.GetRenderer().GetType().Assembly).ShouldBeSameAs(context);
        context.Assemblies.Count(a => a.GetName().Name == "FSharp.Core").ShouldBe(1);
        TimeSeriesRuntime.Shared.Directory.ShouldBe(ChartRuntime.Shared.Directory);
    }

    [Fact]
    public void A_missing_folder_is_reported_with_the_place_it_was_looked_for()
    {
        var runtime = new TimeSeriesRuntime(_directory);

        var error = Should.Throw<NalytiqException>(() => runtime.Resample(GeneratedSeries.Create(rows: 10, seed: 1), ResamplePeriod.Day));

        error.Text.Key.ShouldBe("TimeSeries_FolderMissing");
        error.Message.ShouldContain(_directory);
        error.Localize(Localizer.French).ShouldStartWith("Les composants de séries temporelles sont introuvables");
        error.Localize(Localizer.Kinyarwanda).ShouldContain("ntibyabonetse");
    }

    [Fact]
    public void A_folder_without_deedle_is_reported_as_a_load_failure_when_resampling()
    {
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "charts"), _directory);
        File.Delete(Path.Combine(_directory, "Deedle.dll"));
        var runtime = new TimeSeriesRuntime(_directory);

        var error = Should.Throw<NalytiqException>(() => runtime.Resample(GeneratedSeries.Create(rows: 10, seed: 1), ResamplePeriod.Day));

        error.Text.Key.ShouldBe("TimeSeries_LoadFailed");
        error.Message.ShouldContain("Deedle");
        error.Localize(Localizer.Kinyarwanda).ShouldStartWith("Ibice bisesengura uruhererekane rw'ibihe biri muri " + _directory);
    }

    [Fact]
    public void A_runtime_over_its_own_folder_loads_a_second_deedle_in_a_second_context()
    {
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "charts"), _directory);
        var runtime = new TimeSeriesRuntime(_directory);

        var result = runtime.Resample(GeneratedSeries.Create(rows: 200, seed: 5), ResamplePeriod.Month);

        var shared = TimeSeriesRuntime.Shared.Resample(GeneratedSeries.Create(rows: 200, seed: 5), ResamplePeriod.Month);
        result.Counts.ShouldBe(shared.Counts);
        result.Columns[0].Means.ShouldBe(shared.Columns[0].Means);
        runtime.Directory.ShouldBe(_directory);
        AssemblyLoadContext.GetLoadContext(runtime.GetEngine().GetType().Assembly)
            .ShouldNotBeSameAs(AssemblyLoadContext.GetLoadContext(TimeSeriesRuntime.Shared.GetEngine().GetType().Assembly));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
