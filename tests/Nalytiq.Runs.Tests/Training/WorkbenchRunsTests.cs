using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Training;

/// <summary>The <c>#!runs</c> policy, as the workbench applies it: paging with a total, the best run, comparisons.</summary>
public sealed class WorkbenchRunsTests
{
    [Fact]
    public async Task A_full_page_of_runs_comes_with_the_total_and_a_short_one_counts_itself()
    {
        using var home = new TempHome();
        await using var workbench = NewWorkbench(home);
        for (var i = 0; i < 3; i++)
        {
            await CompletedAsync(workbench.Runs, "churn", $"trial {i}", "auc", 0.8 + (i / 100.0));
        }

        var page = await workbench.ListRunsAsync(new RunsRequest { PageSize = 2, Metric = "auc" });
        var all = await workbench.ListRunsAsync(new RunsRequest { Experiment = "churn" });

        page.Items.Count.ShouldBe(2);
        page.Total.ShouldBe(3);
        page.Metric.ShouldBe("auc");
        page.Items[0].Name.ShouldBe("trial 2");
        all.Items.Count.ShouldBe(3);
        all.Total.ShouldBe(3);
        all.Experiment.ShouldBe("churn");
        all.Items.ShouldAllBe(r => r.Params.Count == 0); // A listing shows metrics only.
    }

    [Fact]
    public async Task The_best_run_is_ranked_by_the_common_headline_metric_unless_one_is_named()
    {
        using var home = new TempHome();
        await using var workbench = NewWorkbench(home);
        await CompletedAsync(workbench.Runs, "churn", "fasttree", "auc", 0.87);
        await CompletedAsync(workbench.Runs, "churn", "lightgbm", "auc", 0.91);

        var byHeadline = await workbench.FindBestRunAsync();
        var byAccuracy = await workbench.FindBestRunAsync(new RunsRequest { Metric = "accuracy" });

        byHeadline.Metric.ShouldBe("auc");
        byHeadline.Run.Name.ShouldBe("lightgbm");
        byAccuracy.Metric.ShouldBe("accuracy");
    }

    [Fact]
    public async Task Comparing_needs_at_least_two_runs()
    {
        using var home = new TempHome();
        await using var workbench = NewWorkbench(home);
        var a = await CompletedAsync(workbench.Runs, "churn", "fasttree", "auc", 0.87);
        var b = await CompletedAsync(workbench.Runs, "churn", "lightgbm", "auc", 0.91);

        var one = await Should.ThrowAsync<RunStoreException>(() => workbench.CompareRunsAsync([a.ShortId, " "]));
        var two = await workbench.CompareRunsAsync([a.ShortId, b.ShortId]);

        one.Text.Key.ShouldBe("Runs_CompareNeedsTwo");
        two.Runs.Select(r => r.Name).ShouldBe(["fasttree", "lightgbm"]);
    }

    private static Workbench NewWorkbench(TempHome home) => new(new WorkbenchOptions { HomeDirectory = home.Path, WorkingDirectory = home.Path });

    private static async Task<RunInfo> CompletedAsync(RunStore store, string experiment, string name, string metric, double value)
    {
        var dataset = new RunDataset("harvests", "0123456789abcdef", [new RunColumn("kg", "Double")], 3);
        var run = await store.CreateRunAsync(experiment, name, dataset, new Dictionary<string, string> { [RunTags.HeadlineMetric] = metric });
        await store.LogParamsAsync(run.Id, new Dictionary<string, string> { ["trainer"] = name });
        await store.LogMetricsAsync(run.Id, [new(metric, value, 1), new("accuracy", value - 0.1, 1)]);
        return await store.EndRunAsync(run.Id, RunStatus.Completed);
    }
}
