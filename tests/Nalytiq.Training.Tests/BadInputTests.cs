using Microsoft.Data.Analysis;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

public sealed class BadInputTests
{
    private static Task<TrainingOutcome> Train(DataFrame frame, TrainingRequest request) => new ModelTrainer().TrainAsync(frame, request);

    [Fact]
    public async Task An_unknown_label_column_is_named_with_the_columns_that_exist()
    {
        var error = await Should.ThrowAsync<TrainingException>(() => Train(SyntheticFrames.Linear(50), Requests.Fast("price")));

        error.Message.ShouldBe("The frame has no column 'price' to use as the label. Its columns are: x1, x2, group, y.");
        error.Localize(Localizer.Kinyarwanda).ShouldStartWith("Imbonerahamwe nta nkingi 'price' ifite");
    }

    [Fact]
    public async Task A_constant_label_is_refused()
    {
        var frame = SyntheticFrames.Linear(50);
        frame.Columns.Add(new StringDataFrameColumn("status", Enumerable.Repeat("active", 50)));

        var error = await Should.ThrowAsync<TrainingException>(() => Train(frame, Requests.Fast("status")));

        error.Message.ShouldBe("The label 'status' has only one value ('active'): there is nothing to learn.");
    }

    [Fact]
    public async Task A_label_that_is_all_missing_is_refused()
    {
        var frame = SyntheticFrames.Linear(50);
        frame.Columns.Add(new DoubleDataFrameColumn("target", 50));

        var error = await Should.ThrowAsync<TrainingException>(() => Train(frame, Requests.Fast("target")));

        error.Message.ShouldBe("The label 'target' has no values: every row is missing it.");
    }

    [Fact]
    public async Task Fewer_training_rows_than_folds_is_refused()
    {
        var error = await Should.ThrowAsync<TrainingException>(() => Train(SyntheticFrames.Linear(12), Requests.Fast("y") with { Folds = 15 }));

        error.Message.ShouldBe("Only 10 training rows for 15 folds: lower --folds or give more rows.");
        error.Option.ShouldBe("folds");
    }

    [Fact]
    public async Task Features_naming_missing_columns_are_all_named()
    {
        var error = await Should.ThrowAsync<TrainingException>(() =>
            Train(SyntheticFrames.Linear(50), Requests.Fast("y") with { Features = ["x1", "x3", "colour"] }));

        error.Message.ShouldStartWith("--features names columns the frame does not have: x3, colour.");
    }

    [Fact]
    public async Task A_budget_below_the_minimum_is_refused_before_any_work()
    {
        var error = await Should.ThrowAsync<TrainingException>(() =>
            Train(SyntheticFrames.Linear(50), Requests.Fast("y") with { TimeBudget = TimeSpan.FromMilliseconds(200) }));

        error.Message.ShouldBe("A time budget of 0.2 s is too small for even one trial: give at least 1 s with --time-budget.");
        error.Option.ShouldBe("time-budget");
    }

    [Fact]
    public async Task A_budget_no_trial_can_finish_in_says_so()
    {
        var error = await Should.ThrowAsync<TrainingException>(() =>
            Train(SyntheticFrames.Customers(60_000), new TrainingRequest("churn") { Trainers = [TrainerFamily.FastForest], TimeBudget = TimeSpan.FromSeconds(1) }));

        error.Message.ShouldBe("No trial could finish within the time budget of 1 s. Raise --time-budget, or sample the frame.");
    }

    [Fact]
    public async Task Fewer_than_ten_labelled_rows_explain_why_training_is_not_possible()
    {
        var error = await Should.ThrowAsync<TrainingException>(() => Train(SyntheticFrames.Linear(9), Requests.Fast("y")));

        error.Message.ShouldBe("Only 9 rows have a value for 'y': at least 10 are needed to train and test a model.");
    }

    [Theory]
    [InlineData("churn")]
    [InlineData("spend")]
    public async Task A_ten_row_frame_trains_with_every_trainer(string label)
    {
        var frame = SyntheticFrames.Customers(10);
        frame.Columns.Remove(label == "churn" ? "tenure" : "churn");

        var outcome = await Train(frame, new TrainingRequest(label) { TuningTrials = 1, TimeBudget = TimeSpan.FromMinutes(2) });

        outcome.Trials.Count(t => t.Status == TrialStatus.Completed).ShouldBeGreaterThan(0);
        outcome.TestRows.ShouldBe(2);
        outcome.Model.Predict(frame).Rows.Count.ShouldBe(10);
    }
}
