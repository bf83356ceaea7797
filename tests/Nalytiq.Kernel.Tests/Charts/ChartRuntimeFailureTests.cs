using Nalytiq.Charts;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Charts;

public sealed class ChartRuntimeFailureTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nalytiq-charts-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_missing_charts_folder_is_reported_with_the_place_it_was_looked_for()
    {
        var runtime = new ChartRuntime(_directory);

        var error = Should.Throw<NalytiqException>(() => runtime.RenderHtml(SampleCharts.Regions, new ChartRenderOptions()));

        error.Text.Key.ShouldBe("Chart_FolderMissing");
        error.Message.ShouldContain(_directory);
        error.Localize(Localizer.French).ShouldContain("Les composants graphiques sont introuvables");
        error.Localize(Localizer.Kinyarwanda).ShouldContain("ntibyabonetse");
    }

    [Fact]
    public void A_damaged_adapter_is_reported_as_a_load_failure()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "Nalytiq.Charts.Plotly.dll"), "not an assembly");
        var runtime = new ChartRuntime(_directory);

        var error = Should.Throw<NalytiqException>(() => runtime.GetRenderer());

        error.Text.Key.ShouldBe("Chart_LoadFailed");
        error.InnerException.ShouldBeOfType<BadImageFormatException>();
        error.Localize(Localizer.French).ShouldStartWith("Impossible de charger les composants graphiques de " + _directory);
    }

    [Fact]
    public void A_charts_folder_missing_a_dependency_is_reported_as_a_load_failure_when_drawing()
    {
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "charts"), _directory);
        File.Delete(Path.Combine(_directory, "Plotly.NET.dll"));
        var runtime = new ChartRuntime(_directory);

        var error = Should.Throw<NalytiqException>(() => runtime.RenderHtml(SampleCharts.Regions, new ChartRenderOptions()));

        error.Text.Key.ShouldBe("Chart_LoadFailed");
        error.Message.ShouldContain("Plotly.NET");
    }

    [Fact]
    public void Concurrent_first_calls_load_one_renderer_in_a_second_context()
    {
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "charts"), _directory);
        var runtime = new ChartRuntime(_directory);

        var renderers = new IChartRenderer[8];
        Parallel.For(0, renderers.Length, i => renderers[i] = runtime.GetRenderer());
        var html = runtime.RenderHtml(SampleCharts.Regions, new ChartRenderOptions());

        renderers.Distinct().Count().ShouldBe(1);
        html.ShouldContain("Kigali");
        runtime.Directory.ShouldBe(_directory);
        renderers[0].GetType().Assembly.ShouldNotBeSameAs(ChartRuntime.Shared.GetRenderer().GetType().Assembly);
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
