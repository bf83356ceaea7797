using Microsoft.DotNet.Interactive.Events;
using Shouldly;
using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// Deedle and the new chart kinds inside the real host, whose default context already holds FSharp.Core 10.0: both
/// must run from the package's isolated F# folder.
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class TimeSeriesInRealHostTests(PackedExtension package)
{
    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Deedle_resamples_beside_the_hosts_fsharp_core_and_the_new_charts_draw()
    {
        // Arrange
        await using var host = await HostSession.StartAsync(package.Tool, package.NewWorkingDirectory());
        await host.LoadNalytiqAsync(package);

        // Act
        var resample = await host.SubmitAsync(
            """
            using Nalytiq.TimeSeries;
            var workbench = Nalytiq.Extensions.NalytiqExtension.Workbench!;
            var input = new TimeSeriesInput(
                new DateTime?[] { new DateTime(2025, 1, 6), new DateTime(2025, 1, 12, 23, 0, 0), null, new DateTime(2025, 1, 20) },
                new[] { new TimeSeriesColumn("kg", new double?[] { 2, 4, 8, null }) });
            var weekly = workbench.TimeSeries.Resample(input, ResamplePeriod.Week);
            string.Join(";", weekly.Counts) + "|" + string.Join(";", weekly.Columns[0].Means) + "|" + weekly.MissingTimestamps
            """,
            CellTimeout);
        var contexts = await host.SubmitAsync(
            """
            using System.Runtime.Loader;
            string.Join(";", AssemblyLoadContext.All
                .SelectMany(c => c.Assemblies.Select(a => (Context: c.Name, Assembly: a.GetName())))
                .Where(x => x.Assembly.Name is "Deedle" or "FSharp.Core")
                .Select(x => $"{x.Assembly.Name} {x.Assembly.Version} in {x.Context}")
                .OrderBy(x => x))
            """,
            CellTimeout);
        var charts = await host.SubmitAsync(
            """
            using Nalytiq.Charts;
            var heatmap = workbench.Charts.RenderHtml(
                new HeatmapChart("r", new[] { "a", "b" }, new[] { "a", "b" }, new[] { new double?[] { 1, -0.5 }, new double?[] { -0.5, 1 } }),
                new ChartRenderOptions());
            var line = workbench.Charts.RenderHtml(
                new LineChart("t", "x", "y", weekly.PeriodStarts, new[] { new LineSeries("kg", weekly.Columns[0].Means) }),
                new ChartRenderOptions());
            heatmap.Contains("\"type\":\"heatmap\"") && line.Contains("\"x\":[\"2025-01-06\",\"2025-01-13\",\"2025-01-20\"]")
            """,
            CellTimeout);

        // Assert
        CellOutput.ShouldSucceed(resample);
        CellOutput.ReturnedText(resample).ShouldBe("2;0;1|3;;|1");
        CellOutput.ShouldSucceed(contexts);
        var loaded = CellOutput.ReturnedText(contexts);
        loaded.ShouldContain("Deedle 8.1.0.0 in Nalytiq.Charts");
        loaded.ShouldContain("FSharp.Core 10.1.0.0 in Nalytiq.Charts");
        loaded.ShouldContain("FSharp.Core 10.0.0.0 in Default");
        loaded.ShouldNotContain("Deedle 8.1.0.0 in Default");
        CellOutput.ShouldSucceed(charts);
        CellOutput.ReturnedText(charts).ShouldBe("True");
        charts.OfType<CommandFailed>().ShouldBeEmpty();
    }
}
