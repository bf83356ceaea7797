using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class RunsDirectiveTests
{
    [Fact]
    public async Task Runs_lists_the_recorded_runs_with_their_metrics_and_still_does_after_a_kernel_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));
        var first = await NotebookSession.StartAsync(directory: directory);
        var store = NalytiqExtension.GetWorkbench(first.Kernel).Runs;
        await CompletedAsync(store, "churn", "fasttree trial", "auc", 0.8712);
        await CompletedAsync(store, "churn", "lightgbm trial", "auc", 0.9134);
        var broken = await store.CreateRunAsync("yield", "broken");
        await store.EndRunAsync(broken.Id, RunStatus.Failed, "Out of memory");

        var all = await first.SubmitAsync("#!runs");
        var churn = await first.SubmitAsync("#!runs --experiment churn --metric auc");
        first.Dispose(deleteDirectory: false);
        using var second = await NotebookSession.StartAsync(directory: directory);
        var again = await second.SubmitAsync("#!runs");

        all.ShouldSucceed();
        all.Html().ShouldContain("3 of 3 runs, newest first");
        all.Html().ShouldContain("lightgbm trial");
        all.Html().ShouldContain("<b>0.9134</b>");
        all.Html().ShouldContain("title=\"Out of memory\">failed");
        churn.Html().ShouldContain("Training runs of churn");
        churn.Html().ShouldContain("2 of 2 runs, best auc first");
        churn.Html().IndexOf("lightgbm trial", StringComparison.Ordinal).ShouldBeLessThan(churn.Html().IndexOf("fasttree trial", StringComparison.Ordinal));
        again.ShouldSucceed();
        again.Html().ShouldContain("fasttree trial");
        again.Html().ShouldContain("harvests (3 rows)");
    }

    [Fact]
    public async Task Best_shows_the_best_run_in_full_and_compare_puts_runs_side_by_side_with_a_chart()
    {
        using var session = await NotebookSession.StartAsync();
        var store = NalytiqExtension.GetWorkbench(session.Kernel).Runs;
        var a = await CompletedAsync(store, "churn", "fasttree trial", "auc", 0.87, "fasttree");
        var b = await CompletedAsync(store, "churn", "lightgbm trial", "auc", 0.91, "lightgbm");

        var best = await session.SubmitAsync("#!runs --best");
        var compare = await session.SubmitAsync($"#!runs --compare {a.ShortId},{b.ShortId}");

        best.ShouldSucceed();
        best.Html().ShouldContain("Best run by auc: lightgbm trial (0.91)");
        best.Html().ShouldContain("params.json");
        compare.ShouldSucceed();
        compare.Html().ShouldContain("2 runs side by side");
        compare.Html().ShouldContain("trainer ≠");
        compare.Html().ShouldContain("Metrics by run");
        compare.Html().ShouldContain("plotly");
    }

    [Fact]
    public async Task Wrong_runs_options_get_one_clear_message_in_the_session_language()
    {
        using var session = await NotebookSession.StartAsync(Localization.Language.French);
        var store = NalytiqExtension.GetWorkbench(session.Kernel).Runs;
        var run = await CompletedAsync(store, "churn", "seul", "auc", 0.8);

        var one = (await session.SubmitAsync($"#!runs --compare {run.ShortId}")).ShouldFail();
        var missing = (await session.SubmitAsync($"#!runs --compare {run.ShortId},zzzz")).ShouldFail();
        var metric = (await session.SubmitAsync("#!runs --best --metric rmse")).ShouldFail();
        var empty = await session.SubmitAsync("#!runs --experiment rien");

        one.Message.ShouldContain("au moins deux exécutions");
        missing.Message.ShouldBe("Aucune exécution ne correspond à « zzzz ». #!runs liste les exécutions enregistrées.");
        metric.Message.ShouldContain("« rmse »");
        metric.Message.ShouldNotContain("   at ");
        System.Net.WebUtility.HtmlDecode(empty.Html()).ShouldContain("Aucune exécution enregistrée");
    }

    internal static async Task<RunInfo> CompletedAsync(RunStore store, string experiment, string name, string metric, double value, string trainer = "lightgbm")
    {
        var dataset = new RunDataset("harvests", "0123456789abcdef", [new RunColumn("kg", "Double")], 3);
        var run = await store.CreateRunAsync(experiment, name, dataset, new Dictionary<string, string> { [RunTags.HeadlineMetric] = metric });
        await store.LogParamsAsync(run.Id, new Dictionary<string, string> { ["trainer"] = trainer, ["seed"] = "42" });
        await store.LogMetricsAsync(run.Id, [new(metric, value - 0.05, 1), new(metric, value, 2), new("accuracy", value - 0.1, 2)]);
        return await store.EndRunAsync(run.Id, RunStatus.Completed);
    }
}
