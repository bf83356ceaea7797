using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

public sealed class SweepTests
{
    [Fact]
    public async Task A_learnable_binary_problem_scores_well_on_held_out_rows_with_every_metric()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Customers(500), Requests.Fast("churn") with { ExplainFeatures = true });

        var metrics = outcome.Metrics;
        metrics.Primary!.Value.ShouldBeGreaterThan(0.9);
        metrics.Values.Keys.ShouldBe(["auc", "accuracy", "f1", "log-loss"], ignoreOrder: true);
        metrics.Values["accuracy"].ShouldBeGreaterThan(0.8);
        metrics.Confusion!.Classes.ShouldBe(["no", "yes"]);
        metrics.Confusion.Counts.Sum(row => row.Sum()).ShouldBe(outcome.TestRows);
        outcome.Roc[0].ShouldBe(new RocPoint(0, 0, 1));
        outcome.Roc[^1].FalsePositiveRate.ShouldBe(1);
        outcome.Roc[^1].TruePositiveRate.ShouldBe(1);
        outcome.FeatureImportance.Select(f => f.Column).Take(2).ShouldBe(["tenure", "spend"], ignoreOrder: true);
        outcome.FeatureImportance.Single(f => f.Column == "premium").Importance.ShouldBeLessThan(0.02);
    }

    [Fact]
    public async Task A_learnable_regression_explains_most_of_the_variance_and_samples_predictions()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Linear(400), Requests.Fast("y", TrainerFamily.Sdca, TrainerFamily.LightGbm));

        outcome.Metrics.Values["r2"].ShouldBeGreaterThan(0.9);
        outcome.Metrics.Values["rmse"].ShouldBeLessThan(3);
        outcome.Metrics.Values["mae"].ShouldBeLessThan(outcome.Metrics.Values["rmse"] + 1e-9);
        outcome.PredictedVsActual.Count.ShouldBe(outcome.TestRows);
        outcome.Roc.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_learnable_multiclass_problem_has_high_macro_accuracy_and_a_square_confusion_matrix()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(300), Requests.Fast("species"));

        outcome.Metrics.Values["macro-accuracy"].ShouldBeGreaterThan(0.9);
        outcome.Metrics.Values["micro-accuracy"].ShouldBeGreaterThan(0.9);
        outcome.Metrics.Values.ShouldContainKey("log-loss");
        outcome.Metrics.Confusion!.Counts.Count.ShouldBe(3);
        outcome.Metrics.Confusion.Counts.ShouldAllBe(row => row.Count == 3);
    }

    [Fact]
    public async Task The_same_seed_on_the_same_data_gives_the_same_trials_and_metrics()
    {
        var request = Requests.Fast("churn", TrainerFamily.LightGbm, TrainerFamily.FastTree, TrainerFamily.Sdca) with { TuningTrials = 2 };

        var first = await new ModelTrainer().TrainAsync(SyntheticFrames.Customers(300), request);
        var second = await new ModelTrainer().TrainAsync(SyntheticFrames.Customers(300), request);

        static object Key(TrialResult t) => (t.Stage, t.Trainer, t.ParameterText, t.MetricValue, t.Status);
        second.Trials.Select(Key).ShouldBe(first.Trials.Select(Key));
        second.Metrics.Values.ShouldBe(first.Metrics.Values);
        second.BestTrial.Number.ShouldBe(first.BestTrial.Number);
        first.Trials.Count.ShouldBe(5);
        first.Trials.Count(t => t.Stage == TrialStage.Tuning).ShouldBe(2);
        first.Trials.Where(t => t.Stage == TrialStage.Tuning).ShouldAllBe(t => t.Trainer == first.Trials.Where(s => s.Stage == TrialStage.Screening).MaxBy(s => s.MetricValue)!.Trainer);
    }

    [Fact]
    public async Task A_trainer_that_fails_on_the_data_is_recorded_with_its_error_and_the_sweep_goes_on()
    {
        // L-BFGS regression here is Poisson regression, which ML.NET refuses for negative labels.
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Linear(200), Requests.Fast("y", TrainerFamily.Lbfgs, TrainerFamily.Sdca));

        var failed = outcome.Trials[0];
        failed.Trainer.ShouldBe(TrainerFamily.Lbfgs);
        failed.Status.ShouldBe(TrialStatus.Failed);
        failed.MetricValue.ShouldBeNull();
        failed.Error!.ToString().ShouldContain("non-negative label");
        outcome.BestTrial.Trainer.ShouldBe(TrainerFamily.Sdca);
        outcome.Trials.Count(t => t.Status == TrialStatus.Completed).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task When_every_trial_fails_the_error_says_so_and_quotes_the_first_failure()
    {
        var error = await Should.ThrowAsync<TrainingException>(() =>
            new ModelTrainer().TrainAsync(SyntheticFrames.Linear(100), Requests.Fast("y", TrainerFamily.Lbfgs)));

        error.Message.ShouldStartWith("All 1 trials failed. The first error was: Poisson regression must regress to a non-negative label");
    }

    [Fact]
    public async Task Folds_score_each_trial_by_cross_validation()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(120), Requests.Fast("species", TrainerFamily.Lbfgs) with { Folds = 3, TuningTrials = 0 });

        outcome.Trials.Single().MetricValue!.Value.ShouldBeGreaterThan(0.9);
        outcome.TrainingRows.ShouldBe(96);
    }

    [Fact]
    public async Task Progress_reports_every_trial_start_and_finish_with_the_best_so_far()
    {
        var progress = new SyncProgress(_ => { });

        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(90), Requests.Fast("species"), progress);

        var phases = progress.Reports.Select(r => r.Phase).ToList();
        phases[0].ShouldBe(TrainingPhase.Preparing);
        phases.Count(p => p == TrainingPhase.TrialStarted).ShouldBe(outcome.Trials.Count);
        phases.Count(p => p == TrainingPhase.TrialFinished).ShouldBe(outcome.Trials.Count);
        phases[^1].ShouldBe(TrainingPhase.Completed);
        var started = progress.Reports.First(r => r.Phase == TrainingPhase.TrialStarted);
        started.Current!.Number.ShouldBe(1);
        started.MetricName.ShouldBe("macro-accuracy");
        started.TimeBudget.ShouldBe(TimeSpan.FromMinutes(5));
        var last = progress.Reports.Last(r => r.Phase == TrainingPhase.TrialFinished);
        last.Trials.Count.ShouldBe(outcome.Trials.Count);
        last.Best.ShouldBe(outcome.BestTrial);
    }
}
