using Microsoft.Extensions.Time.Testing;
using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Training;

public sealed class RunQueryTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly RunStore _store;

    public RunQueryTests() => _store = new RunStore(_home.Path, _clock);

    [Fact]
    public async Task Runs_are_listed_newest_first_and_filtered_by_experiment_and_status()
    {
        var a = await CompletedAsync("churn", "auc", 0.80);
        var b = await CompletedAsync("yield", "rmse", 12.5);
        var c = await CompletedAsync("churn", "auc", 0.91);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var running = await _store.CreateRunAsync("churn", "still going");

        var all = await _store.ListRunsAsync();
        var churn = await _store.ListRunsAsync(new RunQuery { Experiment = "churn" });
        var completedChurn = await _store.ListRunsAsync(new RunQuery { Experiment = "churn", Status = RunStatus.Completed, Limit = 1 });

        all.Select(r => r.Id).ShouldBe([running.Id, c.Id, b.Id, a.Id]);
        churn.Select(r => r.Id).ShouldBe([running.Id, c.Id, a.Id]);
        completedChurn.Select(r => r.Id).ShouldBe([c.Id]);
        (await _store.ListRunsAsync(new RunQuery { Experiment = "nothing" })).ShouldBeEmpty();
        all[1].Params["trainer"].ShouldBe("lightgbm");
        var lean = await _store.ListRunsAsync(new RunQuery { IncludeParams = false });
        lean[1].Params.ShouldBeEmpty();
        lean[1].Metric("auc").ShouldBe(0.91);
    }

    [Fact]
    public async Task Ordering_by_a_metric_puts_the_best_first_smallest_for_errors_and_runs_without_it_last()
    {
        var worse = await CompletedAsync("yield", "rmse", 14.0);
        var better = await CompletedAsync("yield", "rmse", 9.5);
        var other = await CompletedAsync("yield", "r2", 0.7);
        var high = await CompletedAsync("churn", "auc", 0.95);
        var low = await CompletedAsync("churn", "auc", 0.60);

        var byRmse = await _store.ListRunsAsync(new RunQuery { Experiment = "yield", OrderByMetric = "rmse" });
        var byAuc = await _store.ListRunsAsync(new RunQuery { Experiment = "churn", OrderByMetric = "auc" });
        var byAucReversed = await _store.ListRunsAsync(new RunQuery { Experiment = "churn", OrderByMetric = "auc", LowerIsBetter = true });

        byRmse.Select(r => r.Id).ShouldBe([better.Id, worse.Id, other.Id]);
        byAuc.Select(r => r.Id).ShouldBe([high.Id, low.Id]);
        byAucReversed.Select(r => r.Id).ShouldBe([low.Id, high.Id]);
    }

    [Fact]
    public async Task Find_resolves_latest_best_ids_prefixes_and_names()
    {
        var first = await CompletedAsync("churn", "auc", 0.88);
        var second = await CompletedAsync("churn", "auc", 0.84);
        var failed = await _store.CreateRunAsync("churn", "broken");
        await _store.EndRunAsync(failed.Id, RunStatus.Failed, "boom");

        (await _store.FindAsync("latest")).Id.ShouldBe(second.Id);
        (await _store.FindAsync("best")).Id.ShouldBe(first.Id);
        (await _store.FindAsync("BEST", "auc", "churn")).Id.ShouldBe(first.Id);
        (await _store.FindAsync(first.Id[..6])).Id.ShouldBe(first.Id);
        (await _store.FindAsync(second.Id.ToUpperInvariant())).Id.ShouldBe(second.Id);
        (await _store.FindAsync("broken")).Error.ShouldBe("boom");
        (await Should.ThrowAsync<RunStoreException>(() => _store.FindAsync("nonexistent"))).Message.ShouldContain("No run matches 'nonexistent'");
        (await Should.ThrowAsync<RunStoreException>(() => _store.FindAsync("best", "rmse"))).Message.ShouldContain("'rmse'");
        (await Should.ThrowAsync<RunStoreException>(() => _store.FindAsync("latest", experiment: "empty"))).Message.ShouldContain("'empty'");
    }

    [Fact]
    public async Task Best_without_a_metric_or_headline_asks_for_one()
    {
        var run = await _store.CreateRunAsync("plain");
        await _store.LogMetricAsync(run.Id, "auc", 0.7);
        await _store.EndRunAsync(run.Id, RunStatus.Completed);

        (await Should.ThrowAsync<RunStoreException>(() => _store.FindAsync("best"))).Message.ShouldContain("--metric");
        (await _store.FindAsync("best", "auc")).Id.ShouldBe(run.Id);
    }

    [Fact]
    public async Task Compare_lines_up_params_and_metrics_with_differing_params_first()
    {
        var a = await CompletedAsync("churn", "auc", 0.80, "lightgbm");
        var b = await CompletedAsync("churn", "auc", 0.90, "fasttree");
        await _store.LogMetricAsync(b.Id, "accuracy", 0.93);

        var comparison = await _store.CompareAsync([b.Id[..8], a.Id]);

        comparison.Runs.Select(r => r.Id).ShouldBe([b.Id, a.Id]);
        comparison.ParamKeys.ShouldBe(["trainer", "learning_rate"]);
        comparison.MetricKeys.ShouldBe(["auc", "accuracy"]);
        comparison.Differs("trainer").ShouldBeTrue();
        comparison.Differs("learning_rate").ShouldBeFalse();
        await Should.ThrowAsync<RunStoreException>(() => _store.CompareAsync([a.Id, "ffffffff"]));
    }

    [Fact]
    public void Errors_and_losses_rank_smallest_first_scores_largest_first()
    {
        MetricDirection.LowerIsBetter("rmse").ShouldBeTrue();
        MetricDirection.LowerIsBetter("LogLoss").ShouldBeTrue();
        MetricDirection.LowerIsBetter("mean_absolute_error").ShouldBeTrue();
        MetricDirection.LowerIsBetter("auc").ShouldBeFalse();
        MetricDirection.LowerIsBetter("r2").ShouldBeFalse();
        MetricDirection.LowerIsBetter("macro_accuracy").ShouldBeFalse();
    }

    public void Dispose()
    {
        _store.Dispose();
        _home.Dispose();
    }

    private async Task<RunInfo> CompletedAsync(string experiment, string metric, double value, string trainer = "lightgbm")
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        return await SampleRuns.CompletedAsync(_store, experiment, metric, value, trainer);
    }
}
