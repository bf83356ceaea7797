using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Training;

public sealed class RunStorePersistenceTests
{
    [Fact]
    public async Task A_run_with_everything_it_recorded_survives_a_fresh_workbench()
    {
        using var home = new TempHome();
        string runId;
        await using (var first = new Workbench(new WorkbenchOptions { HomeDirectory = home.Path, WorkingDirectory = home.Path }))
        {
            var run = await first.Runs.CreateRunAsync("churn", "first try", SampleRuns.Harvests, new Dictionary<string, string> { [RunTags.HeadlineMetric] = "auc" });
            runId = run.Id;
            await first.Runs.LogParamsAsync(runId, new Dictionary<string, string> { ["trainer"] = "fasttree", ["leaves"] = "31" });
            await first.Runs.LogMetricsAsync(runId, [new("auc", 0.81, 1), new("auc", 0.86, 2), new("accuracy", 0.9)]);
            await first.Runs.SetTagAsync(runId, RunTags.Task, "binary");
            await File.WriteAllBytesAsync(Path.Combine(first.Runs.ArtifactDirectory(runId), "model.zip"), [1, 2, 3, 4]);
            await first.Runs.RegisterArtifactAsync(runId, "model.zip");
            await first.Runs.EndRunAsync(runId, RunStatus.Completed);
        }

        await using var second = new Workbench(new WorkbenchOptions { HomeDirectory = home.Path, WorkingDirectory = home.Path });
        var again = await second.Runs.GetRunAsync(runId);

        again.ShouldNotBeNull();
        again.Experiment.ShouldBe("churn");
        again.Name.ShouldBe("first try");
        again.Status.ShouldBe(RunStatus.Completed);
        again.EndTime.ShouldNotBeNull();
        again.Params["leaves"].ShouldBe("31");
        again.Metric("auc").ShouldBe(0.86);
        again.Metric("accuracy").ShouldBe(0.9);
        again.Tags[RunTags.Task].ShouldBe("binary");
        again.HeadlineMetric.ShouldBe("auc");
        again.Dataset.ShouldBe(SampleRuns.Harvests with { Schema = again.Dataset!.Schema });
        again.Dataset.Schema.ShouldBe([new RunColumn("kg", "Double"), new RunColumn("district", "String")]);
        again.NalytiqVersion.ShouldBe(Workbench.Version);
        again.Artifacts.Select(a => a.Path).ShouldBe(["metrics.json", "model.zip", "params.json"]);
        again.Artifacts.Single(a => a.Path == "model.zip").SizeBytes.ShouldBe(4);
        (await second.Runs.GetMetricHistoryAsync(runId, "auc")).Select(p => (p.Step, p.Value)).ShouldBe([(1L, 0.81), (2L, 0.86)]);
    }

    [Fact]
    public async Task Ending_a_run_writes_params_and_metrics_with_every_step_as_json()
    {
        using var home = new TempHome();
        using var store = new RunStore(home.Path);
        var run = await SampleRuns.CompletedAsync(store, "yield", "r2", 0.75);

        using var metrics = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(store.ArtifactDirectory(run.Id), "metrics.json")));
        using var parameters = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(home.Path, "runs", run.Id, "params.json")));

        metrics.RootElement.GetProperty("latest").GetProperty("r2").GetDouble().ShouldBe(0.75);
        metrics.RootElement.GetProperty("history").GetProperty("r2").GetArrayLength().ShouldBe(3);
        parameters.RootElement.GetProperty("trainer").GetString().ShouldBe("lightgbm");
    }

    [Fact]
    public async Task The_latest_value_of_a_metric_is_the_one_with_the_highest_step_whatever_the_logging_order()
    {
        using var home = new TempHome();
        using var store = new RunStore(home.Path);
        var run = await store.CreateRunAsync("sweep");

        await store.LogMetricAsync(run.Id, "auc", 0.9, step: 5);
        await store.LogMetricAsync(run.Id, "auc", 0.7, step: 2);
        await store.LogMetricAsync(run.Id, "loss", double.NaN, step: 1);

        var again = await store.GetRunAsync(run.Id);
        again!.Metric("auc").ShouldBe(0.9);
        again.Metrics["auc"].Step.ShouldBe(5);
        double.IsNaN(again.Metric("loss")!.Value).ShouldBeTrue();
        (await store.GetMetricHistoryAsync(run.Id, "auc")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_at_the_current_schema_version()
    {
        using var home = new TempHome();
        using (var store = new RunStore(home.Path))
        {
            await store.CreateRunAsync("any");
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(home.Path, "runs.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync()).ShouldBe("wal");
        command.CommandText = "PRAGMA user_version";
        (await command.ExecuteScalarAsync()).ShouldBe((long)RunStore.SchemaVersion);
    }

    [Fact]
    public async Task A_store_written_by_a_newer_version_is_refused_with_a_clear_message()
    {
        using var home = new TempHome();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(home.Path, "runs.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {RunStore.SchemaVersion + 1}";
            await command.ExecuteNonQueryAsync();
        }

        using var store = new RunStore(home.Path);
        var error = await Should.ThrowAsync<RunStoreException>(() => store.ListRunsAsync());

        error.Message.ShouldContain("newer Nalytiq");
    }

    [Fact]
    public async Task Writing_to_a_run_that_does_not_exist_or_ending_it_as_running_is_refused()
    {
        using var home = new TempHome();
        using var store = new RunStore(home.Path);
        var run = await store.CreateRunAsync("any");

        (await Should.ThrowAsync<RunStoreException>(() => store.LogMetricAsync("0123456789abcdef0123456789abcdef", "auc", 1))).Message.ShouldContain("No run matches");
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.EndRunAsync(run.Id, RunStatus.Running));
        await Should.ThrowAsync<RunStoreException>(() => store.RegisterArtifactAsync(run.Id, "../../runs.db"));
        await Should.ThrowAsync<RunStoreException>(() => store.GetRunAsync("../etc"));
    }
}
