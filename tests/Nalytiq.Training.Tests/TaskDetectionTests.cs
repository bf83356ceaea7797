using Microsoft.Data.Analysis;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

public sealed class TaskDetectionTests
{
    [Fact]
    public async Task A_two_valued_text_label_is_binary_and_names_the_positive_class()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Customers(300), Requests.Fast("churn", TrainerFamily.Lbfgs));

        outcome.Task.ShouldBe(TrainingTask.Binary);
        outcome.TaskReason.ToString().ShouldBe("'churn' has two values; positive class: 'yes'");
        outcome.Model.Info.Classes.ShouldBe(["no", "yes"]);
    }

    [Fact]
    public async Task A_text_label_with_three_values_is_multiclass()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(150), Requests.Fast("species", TrainerFamily.Lbfgs));

        outcome.Task.ShouldBe(TrainingTask.Multiclass);
        outcome.TaskReason.ToString().ShouldBe("'species' is text with 3 categories");
    }

    [Fact]
    public async Task A_numeric_label_with_many_values_is_regression()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Linear(200), Requests.Fast("y", TrainerFamily.Sdca));

        outcome.Task.ShouldBe(TrainingTask.Regression);
        outcome.TaskReason.ToString().ShouldStartWith("'y' is numeric with 200 distinct values");
    }

    [Fact]
    public async Task Whole_numbers_with_few_values_are_classes_and_the_task_can_be_overridden()
    {
        var frame = SyntheticFrames.Flowers(150);
        frame.Columns.Add(new Int32DataFrameColumn("grade", Enumerable.Range(0, 150).Select(i => (i % 3) + 1)));
        frame.Columns.Remove("species");

        var detected = await new ModelTrainer().TrainAsync(frame, Requests.Fast("grade", TrainerFamily.Lbfgs));
        var asked = await new ModelTrainer().TrainAsync(frame, Requests.Fast("grade", TrainerFamily.Sdca) with { Task = TrainingTask.Regression });

        detected.Task.ShouldBe(TrainingTask.Multiclass);
        detected.Model.Info.Classes.ShouldBe(["1", "2", "3"]);
        asked.Task.ShouldBe(TrainingTask.Regression);
        asked.TaskReason.ToString(Localizer.French).ShouldBe("comme demandé");
    }

    [Fact]
    public async Task Asking_binary_for_a_three_class_label_is_refused_with_the_count()
    {
        var error = await Should.ThrowAsync<TrainingException>(() =>
            new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(60), Requests.Fast("species") with { Task = TrainingTask.Binary }));

        error.Message.ShouldBe("--task binary needs a label with exactly two values; 'species' has 3.");
        error.Option.ShouldBe("task");
    }

    [Fact]
    public async Task Asking_regression_for_a_text_label_is_refused()
    {
        var error = await Should.ThrowAsync<TrainingException>(() =>
            new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(60), Requests.Fast("species") with { Task = TrainingTask.Regression }));

        error.Message.ShouldContain("numeric label");
        error.Column.ShouldBe("species");
    }

    [Theory]
    [InlineData("auto", TrainingTask.Auto)]
    [InlineData("Binary", TrainingTask.Binary)]
    [InlineData(" multiclass ", TrainingTask.Multiclass)]
    [InlineData("regression", TrainingTask.Regression)]
    public void Task_names_parse_case_insensitively(string text, TrainingTask expected) =>
        TrainingRequest.ParseTask(text).ShouldBe(expected);

    [Fact]
    public void Trainer_lists_parse_and_unknown_names_are_named_in_the_error()
    {
        TrainingRequest.ParseTrainers("auto").ShouldBeEmpty();
        TrainingRequest.ParseTrainers("lightgbm, SDCA,lightgbm").ShouldBe([TrainerFamily.LightGbm, TrainerFamily.Sdca]);

        var error = Should.Throw<TrainingException>(() => TrainingRequest.ParseTrainers("lightgbm,xgboost"));

        error.Message.ShouldBe("Unknown trainer 'xgboost': use auto or a list of lightgbm, fasttree, fastforest, sdca, lbfgs.");
    }
}
