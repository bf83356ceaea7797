using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Nalytiq.Training.Engine;
using Shouldly;
using Xunit;

namespace Nalytiq.Training.Tests;

public sealed class FeaturizationTests
{
    [Fact]
    public void Each_column_gets_the_encoding_its_type_and_values_call_for()
    {
        var frame = SyntheticFrames.Customers(400);
        var request = new TrainingRequest("churn");

        var plan = FeaturePlanner.Plan(frame, request, LabelResolver.Resolve(frame, request));

        plan.Features.ToDictionary(f => f.Name, f => f.Kind).ShouldBe(new Dictionary<string, FeatureKind>
        {
            ["tenure"] = FeatureKind.Numeric,
            ["spend"] = FeatureKind.Numeric,
            ["region"] = FeatureKind.Categorical,
            ["premium"] = FeatureKind.Boolean,
            ["joined"] = FeatureKind.Date,
            ["comment"] = FeatureKind.Text,
            ["postcode"] = FeatureKind.HashedCategorical,
        });
        plan.Features.Single(f => f.Name == "tenure").HasMissing.ShouldBeTrue();
        plan.Features.Single(f => f.Name == "spend").HasMissing.ShouldBeFalse();
        plan.DroppedColumns.ShouldBe(["customer_id"]);
        plan.Notes.Select(n => n.ToString()).ShouldBe(
        [
            "'customer_id' was dropped: every value is different, like an identifier.",
            "Missing values replaced by the mean, with a missing-value indicator: tenure.",
            "Booleans used as 0/1: premium.",
            "Categories one-hot encoded: region.",
            "Categories with many values hashed into 256 slots: postcode.",
            "Free text turned into word and character n-grams: comment.",
            "Dates split into year, month, weekday and hour: joined.",
        ]);
    }

    [Fact]
    public void A_time_column_is_a_numeric_feature_in_seconds_since_midnight()
    {
        var frame = SyntheticFrames.Linear(120);
        frame.Columns.Add(new PrimitiveDataFrameColumn<TimeSpan>("start", Enumerable.Range(0, 120).Select(i => (TimeSpan?)(i % 7 == 0 ? null : TimeSpan.FromMinutes(i * 11)))));
        var request = new TrainingRequest("y");

        var plan = FeaturePlanner.Plan(frame, request, LabelResolver.Resolve(frame, request));

        var start = plan.Features.Single(f => f.Name == "start");
        start.Kind.ShouldBe(FeatureKind.Numeric);
        start.SourceKind.ShouldBe(ColumnKind.Time);
        start.HasMissing.ShouldBeTrue();
        ColumnValues.Numbers(frame.Columns["start"], [0, 1, 2]).ShouldBe([double.NaN, 660, 1320]);
    }

    [Fact]
    public void A_time_column_cannot_be_the_label()
    {
        var frame = SyntheticFrames.Linear(40);
        frame.Columns.Add(new PrimitiveDataFrameColumn<TimeSpan>("start", Enumerable.Range(0, 40).Select(i => (TimeSpan?)TimeSpan.FromMinutes(i))));

        var error = Should.Throw<TrainingException>(() => LabelResolver.Resolve(frame, new TrainingRequest("start")));

        error.Text.Key.ShouldBe("Train_LabelUnsupportedType");
    }

    [Fact]
    public async Task Rows_without_a_label_are_dropped_with_a_note_and_constant_columns_are_left_out()
    {
        var frame = SyntheticFrames.Linear(120);
        var y = (DoubleDataFrameColumn)frame.Columns["y"];
        for (var i = 0; i < 120; i += 6)
        {
            y[i] = null;
        }

        frame.Columns.Add(new StringDataFrameColumn("source", Enumerable.Repeat("survey", 120)));

        var outcome = await new ModelTrainer().TrainAsync(frame, Requests.Fast("y", TrainerFamily.Sdca));

        outcome.Plan.RowsDropped.ShouldBe(20);
        outcome.Plan.RowsUsed.ShouldBe(100);
        outcome.TrainingRows.ShouldBe(80);
        outcome.TestRows.ShouldBe(20);
        outcome.Plan.Notes[0].ToString(Localizer.French).ShouldBe("20 lignes sans valeur pour « y » ont été écartées.");
        outcome.Plan.Notes[1].ToString().ShouldBe("'source' was dropped: it has a single value.");
    }

    [Fact]
    public void Feature_and_exclude_lists_choose_the_columns()
    {
        var frame = SyntheticFrames.Customers(100);
        var only = new TrainingRequest("churn") { Features = ["spend", "region"] };
        var except = new TrainingRequest("churn") { Exclude = ["comment", "postcode", "joined"] };

        var onlyPlan = FeaturePlanner.Plan(frame, only, LabelResolver.Resolve(frame, only));
        var exceptPlan = FeaturePlanner.Plan(frame, except, LabelResolver.Resolve(frame, except));

        onlyPlan.Features.Select(f => f.Name).ShouldBe(["spend", "region"]);
        exceptPlan.Features.Select(f => f.Name).ShouldBe(["tenure", "spend", "region", "premium"]);
    }

    [Fact]
    public void The_model_info_records_the_input_schema_for_prediction()
    {
        var frame = SyntheticFrames.Customers(100);
        var request = new TrainingRequest("churn") { Features = ["spend", "premium", "joined"] };

        var plan = FeaturePlanner.Plan(frame, request, LabelResolver.Resolve(frame, request));

        plan.Features.Select(f => (f.Name, f.SourceKind)).ShouldBe(
            [("spend", ColumnKind.Double), ("premium", ColumnKind.Boolean), ("joined", ColumnKind.DateTime)]);
    }
}
