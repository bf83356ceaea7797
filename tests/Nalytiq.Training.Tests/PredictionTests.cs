using Microsoft.Data.Analysis;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

public sealed class PredictionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nalytiq-training-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_saved_and_reloaded_model_predicts_the_same_values_as_the_trained_one()
    {
        var frame = SyntheticFrames.Customers(300);
        var outcome = await new ModelTrainer().TrainAsync(frame, Requests.Fast("churn", TrainerFamily.LightGbm));
        var path = Path.Combine(_folder, "model.zip");

        outcome.Model.SaveModel(path);
        var loaded = TrainedModel.LoadModel(path);
        var before = outcome.Model.Predict(frame);
        var after = loaded.Predict(frame);

        File.Exists(TrainedModel.InfoPath(path)).ShouldBeTrue();
        loaded.Info.Features.ShouldBe(outcome.Model.Info.Features);
        loaded.Info.Parameters.ShouldBe(outcome.Model.Info.Parameters);
        (loaded.Info.Task, loaded.Info.LabelColumn, loaded.Info.Trainer).ShouldBe((TrainingTask.Binary, "churn", TrainerFamily.LightGbm));
        after.Columns.Select(c => c.Name).ShouldBe([.. frame.Columns.Select(c => c.Name), "PredictedLabel", "Score", "Probability"]);
        after["Probability"].Cast<float?>().ShouldBe(before["Probability"].Cast<float?>());
        after["PredictedLabel"].Cast<string>().ShouldBe(before["PredictedLabel"].Cast<string>());
        var agreement = Enumerable.Range(0, 300).Count(i => (string)after["PredictedLabel"][i] == (string)frame["churn"][i]) / 300.0;
        agreement.ShouldBeGreaterThan(0.85);
    }

    [Fact]
    public async Task Regression_adds_a_score_and_multiclass_a_label_and_its_probability()
    {
        var regression = await new ModelTrainer().TrainAsync(SyntheticFrames.Linear(150), Requests.Fast("y", TrainerFamily.Sdca));
        var multiclass = await new ModelTrainer().TrainAsync(SyntheticFrames.Flowers(90), Requests.Fast("species", TrainerFamily.Lbfgs));

        var scored = regression.Model.Predict(SyntheticFrames.Linear(10, seed: 99));
        var classified = multiclass.Model.Predict(SyntheticFrames.Flowers(9, seed: 98));

        scored.Columns.Select(c => c.Name).ShouldBe(["x1", "x2", "group", "y", "Score"]);
        classified.Columns.Select(c => c.Name).ShouldBe(["length", "width", "species", "PredictedLabel", "Probability"]);
        classified["PredictedLabel"].Cast<string>().ShouldBe(classified["species"].Cast<string>());
    }

    [Fact]
    public async Task A_frame_whose_schema_does_not_match_gets_an_error_naming_the_missing_and_mistyped_columns()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Linear(100), Requests.Fast("y", TrainerFamily.Sdca));
        var frame = SyntheticFrames.Linear(10);
        frame.Columns.Remove("x2");
        frame.Columns.Remove("group");
        frame.Columns.Add(new Int32DataFrameColumn("group", Enumerable.Range(0, 10)));

        var error = Should.Throw<TrainingException>(() => outcome.Model.Predict(frame));

        error.Message.ShouldBe("The frame does not match the model: missing columns x2; wrong types (found ≠ expected) group (Int32 ≠ String).");
        error.Localize(Localizer.French).ShouldStartWith("Le tableau ne correspond pas au modèle : colonnes manquantes x2 ;");
    }

    [Fact]
    public async Task Numbers_of_another_width_are_accepted_at_prediction_time()
    {
        var outcome = await new ModelTrainer().TrainAsync(SyntheticFrames.Linear(100), Requests.Fast("y", TrainerFamily.Sdca));
        var frame = SyntheticFrames.Linear(10);
        var x1 = frame.Columns["x1"];
        frame.Columns.Remove("x1");
        frame.Columns.Insert(0, new SingleDataFrameColumn("x1", Enumerable.Range(0, 10).Select(i => (float)(double)x1[i])));

        var scored = outcome.Model.Predict(frame);

        scored.Columns["Score"].Length.ShouldBe(10);
    }
}
