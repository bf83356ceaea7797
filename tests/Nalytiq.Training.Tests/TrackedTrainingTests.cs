using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

/// <summary>Training through the workbench: what an interrupted or rejected training leaves in the run store.</summary>
public sealed class TrackedTrainingTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_interrupted_training_is_recorded_as_cancelled_with_the_best_model_so_far_which_predicts()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Phase == TrainingPhase.TrialStarted && p.Current!.Number == 2)
            {
                cancel.Cancel();
            }
        });
        var frame = SyntheticFrames.Customers(300);
        await using var workbench = new Workbench(Options());

        var trained = await workbench.TrainAsync("customers", frame, Requests.Fast("churn", TrainerFamily.Lbfgs, TrainerFamily.FastTree), progress, cancel.Token);
        await using var restarted = new Workbench(Options());
        var stored = await restarted.Runs.GetRunAsync(trained.Run.Id);
        var predicted = await restarted.PredictAsync(frame, trained.Run.Id);

        trained.Outcome.Cancelled.ShouldBeTrue();
        stored.ShouldNotBeNull().Status.ShouldBe(RunStatus.Cancelled);
        stored.Dataset.ShouldNotBeNull().Name.ShouldBe("customers");
        stored.Metric(trained.Outcome.PrimaryMetric).ShouldNotBeNull();
        stored.Artifacts.Select(a => a.Path).ShouldContain("model.zip");
        predicted.AddedColumns.ShouldContain("PredictedLabel");
    }

    [Fact]
    public async Task A_rejected_request_records_no_run()
    {
        await using var workbench = new Workbench(Options());

        await Should.ThrowAsync<TrainingException>(() => workbench.TrainAsync("customers", SyntheticFrames.Customers(50), new TrainingRequest("no_such_column")));

        (await workbench.Runs.CountRunsAsync()).ShouldBe(0);
    }

    public void Dispose()
    {
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }

    private WorkbenchOptions Options() => new() { WorkingDirectory = _home, HomeDirectory = Path.Combine(_home, ".nalytiq") };
}
