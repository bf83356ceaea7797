using Microsoft.Data.Sqlite;
using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Training;

public sealed class RunStoreConcurrencyTests
{
    [Fact]
    public async Task Parallel_writers_through_separate_stores_on_a_new_file_lose_nothing_and_corrupt_nothing()
    {
        using var home = new TempHome();
        const int Writers = 4;
        const int RunsEach = 15;
        const int StepsEach = 20;
        var stores = Enumerable.Range(0, Writers).Select(_ => new RunStore(home.Path)).ToArray();
        try
        {
            // All stores open the new file at once: the schema must be created exactly once.
            await Task.WhenAll(stores.Select((store, writer) => Task.Run(async () =>
            {
                for (var i = 0; i < RunsEach; i++)
                {
                    var run = await store.CreateRunAsync($"writer-{writer % 2}", $"w{writer}-r{i}");
                    await store.LogParamAsync(run.Id, "writer", writer.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    for (var step = 1; step <= StepsEach; step++)
                    {
                        await store.LogMetricAsync(run.Id, "auc", step / (double)StepsEach, step);
                    }

                    await store.EndRunAsync(run.Id, RunStatus.Completed);
                }
            })));
        }
        finally
        {
            foreach (var store in stores)
            {
                store.Dispose();
            }
        }

        using var reader = new RunStore(home.Path);
        var runs = await reader.ListRunsAsync(new RunQuery { Limit = 1000 });
        runs.Count.ShouldBe(Writers * RunsEach);
        runs.ShouldAllBe(r => r.Status == RunStatus.Completed && r.Metric("auc") == 1.0 && r.Params.ContainsKey("writer"));
        (await reader.GetMetricHistoryAsync(runs[0].Id, "auc")).Count.ShouldBe(StepsEach);
        (await reader.CountRunsAsync(new RunQuery { Experiment = "writer-0" })).ShouldBe(Writers / 2 * RunsEach);
        await using var connection = new SqliteConnection($"Data Source={reader.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        (await check.ExecuteScalarAsync()).ShouldBe("ok");
    }

    [Fact]
    public async Task A_reader_sees_a_consistent_list_while_a_writer_logs_metrics()
    {
        using var home = new TempHome();
        using var writer = new RunStore(home.Path);
        using var reader = new RunStore(home.Path);
        var run = await writer.CreateRunAsync("live");
        using var stop = new CancellationTokenSource();

        var writing = Task.Run(async () =>
        {
            for (var step = 1; step <= 200; step++)
            {
                await writer.LogMetricsAsync(run.Id, [new("auc", step, step), new("loss", -step, step)]);
            }
        });
        var reads = 0;
        while (!writing.IsCompleted)
        {
            var listed = (await reader.ListRunsAsync()).Single();
            if (listed.Metrics.Count == 2)
            {
                // Both metrics of a batch are written in one transaction: a reader never sees one without the other.
                listed.Metric("auc").ShouldBe(-listed.Metric("loss")!.Value);
            }

            reads++;
        }

        await writing;
        reads.ShouldBeGreaterThan(0);
        (await reader.GetRunAsync(run.Id))!.Metric("auc").ShouldBe(200);
    }
}
