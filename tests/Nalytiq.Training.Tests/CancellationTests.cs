using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_during_a_trial_stops_it_and_returns_the_best_model_so_far_marked_cancelled()
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

        var outcome = await new ModelTrainer().TrainAsync(frame, Requests.Fast("churn", TrainerFamily.Lbfgs, TrainerFamily.LightGbm, TrainerFamily.FastTree), progress, cancel.Token);

        outcome.Cancelled.ShouldBeTrue();
        outcome.Trials.Count.ShouldBe(2);
        outcome.Trials[0].Status.ShouldBe(TrialStatus.Completed);
        outcome.Trials[1].Status.ShouldBe(TrialStatus.Cancelled);
        outcome.Trials[1].Error!.ToString().ShouldBe("Interrupted.");
        outcome.BestTrial.ShouldBe(outcome.Trials[0]);
        outcome.Metrics.Primary.ShouldNotBeNull();
        outcome.Model.Predict(frame).Columns.Count.ShouldBe(frame.Columns.Count + 3);
    }

    [Fact]
    public async Task Cancelling_before_any_trial_completes_cancels_the_task()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Phase == TrainingPhase.TrialStarted)
            {
                cancel.Cancel();
            }
        });

        await Should.ThrowAsync<OperationCanceledException>(() =>
            new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(60), Requests.Fast("species"), progress, cancel.Token));
    }
}
