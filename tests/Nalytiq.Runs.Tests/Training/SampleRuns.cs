using Microsoft.Data.Analysis;
using Nalytiq.Training;

namespace Nalytiq.Tests.Training;

/// <summary>Runs recorded the way a training sweep records them.</summary>
internal static class SampleRuns
{
    public static RunDataset Harvests { get; } = RunDataset.FromFrame(
        "harvests",
        new DataFrame(
            new PrimitiveDataFrameColumn<double>("kg", [4213, 7614, 5550]),
            new StringDataFrameColumn("district", ["Huye", "Rusizi", "Karongi"])),
        "3f2a9c0d11e4b7a8");

    /// <summary>A completed run with one parameter set, per-trial values of <paramref name="metric"/> and a final value.</summary>
    public static async Task<RunInfo> CompletedAsync(RunStore store, string experiment, string metric, double final, string trainer = "lightgbm")
    {
        var run = await store.CreateRunAsync(experiment, $"{trainer}-{final}", Harvests, new Dictionary<string, string> { [RunTags.HeadlineMetric] = metric });
        await store.LogParamsAsync(run.Id, new Dictionary<string, string> { ["trainer"] = trainer, ["learning_rate"] = "0.1" });
        await store.LogMetricsAsync(run.Id, [new(metric, final - 0.1, 1), new(metric, final - 0.05, 2), new(metric, final, 3)]);
        return await store.EndRunAsync(run.Id, RunStatus.Completed);
    }
}
