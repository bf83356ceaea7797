using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

/// <summary>
/// After an interrupt the best model is scored on the test rows for a short while only (a large frame takes seconds
/// and the user asked to stop): what an interrupted run holds when that time runs out.
/// </summary>
public sealed class InterruptedEvaluationTests
{
    [Fact]
    public async Task An_interrupt_that_leaves_no_time_to_score_the_test_rows_returns_the_best_model_without_test_metrics_and_says_so()
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
        var trainer = new ModelTrainer { InterruptedEvaluationLimit = TimeSpan.Zero };

        var outcome = await trainer.TrainAsync(frame, Requests.Fast("churn", TrainerFamily.Lbfgs, TrainerFamily.FastTree), progress, cancel.Token);

        outcome.Cancelled.ShouldBeTrue();
        outcome.BestTrial.ShouldBe(outcome.Trials[0]);
        outcome.Metrics.Values.ShouldBeEmpty();
        outcome.Metrics.Rows.ShouldBe(0);
        outcome.Roc.ShouldBeEmpty();
        outcome.Notes.Select(n => n.Key).ShouldContain("Train_NoteNotEvaluated");
        outcome.Model.Predict(frame).Columns.Count.ShouldBe(frame.Columns.Count + 3);
    }

    [Fact]
    public async Task An_interrupt_while_the_final_model_is_scored_lets_the_scoring_finish_in_its_short_while_and_marks_the_run_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Phase == TrainingPhase.Evaluating)
            {
                cancel.Cancel();
            }
        });
        var frame = SyntheticFrames.Customers(300);

        var outcome = await new ModelTrainer().TrainAsync(frame, Requests.Fast("churn", TrainerFamily.Lbfgs), progress, cancel.Token);

        outcome.Cancelled.ShouldBeTrue();
        outcome.Metrics.Primary.ShouldNotBeNull();
        outcome.Notes.Select(n => n.Key).ShouldNotContain("Train_NoteNotEvaluated");
    }
}
