using System.Globalization;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Nalytiq.Training.Engine;

namespace Nalytiq.Training;

/// <summary>Applies a trained model to a frame: the frame's columns plus prediction columns.</summary>
public static class Predictor
{
    /// <summary>Name of the predicted class column (classification).</summary>
    public const string PredictedLabelColumn = "PredictedLabel";

    /// <summary>Name of the raw score (binary) or predicted value (regression) column.</summary>
    public const string ScoreColumn = "Score";

    /// <summary>Name of the probability of the positive class (binary) or of the predicted class (multiclass).</summary>
    public const string ProbabilityColumn = "Probability";

    /// <summary>
    /// Returns a new frame with the columns of <paramref name="frame"/> and the predictions: binary
    /// <c>PredictedLabel</c>, <c>Score</c>, <c>Probability</c>; multiclass <c>PredictedLabel</c>, <c>Probability</c>;
    /// regression <c>Score</c>. A name already taken gets a numeric suffix.
    /// </summary>
    /// <exception cref="TrainingException">When a column the model needs is missing or has an incompatible type.</exception>
    public static DataFrame Predict(TrainedModel model, DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(frame);
        CheckSchema(model.Info, frame);
        var info = model.Info;
        var prepared = PreparedData.Build(frame, info.Features, ColumnValues.AllRows(frame), info.Task, null);
        var scored = model.Transformer.Transform(prepared.ToFrame());
        var predictions = Predictions.Read(scored, info.Task);
        var result = frame.Clone();
        if (info.Task == TrainingTask.Regression)
        {
            Add(result, new DoubleDataFrameColumn(ScoreColumn, predictions.Values.Select(v => (double)v)));
            return result;
        }

        var labels = Enumerable.Range(0, predictions.Count).Select(i => info.Classes[predictions.PredictedClass(i)]).ToList();
        Add(result, LabelColumn(info.LabelKind, labels));
        if (predictions.RawScores is { } raw)
        {
            Add(result, new SingleDataFrameColumn(ScoreColumn, raw));
        }

        Add(result, new SingleDataFrameColumn(ProbabilityColumn, predictions.Values));
        return result;
    }

    /// <summary>Throws one error naming every missing and every mistyped column.</summary>
    internal static void CheckSchema(ModelInfo info, DataFrame frame)
    {
        var missing = new List<string>();
        var mistyped = new List<string>();
        foreach (var feature in info.Features)
        {
            var index = frame.Columns.IndexOf(feature.Name);
            if (index < 0)
            {
                missing.Add(feature.Name);
            }
            else if (ColumnKinds.Of(frame.Columns[index]) is not { } kind || !ColumnValues.Compatible(feature.SourceKind, kind))
            {
                mistyped.Add($"{feature.Name} ({frame.Columns[index].DataType.Name} ≠ {feature.SourceKind})");
            }
        }

        if (missing.Count > 0 && mistyped.Count > 0)
        {
            throw new TrainingException(new LocalizedText("Train_PredictMissingAndWrongColumns", string.Join(", ", missing), string.Join(", ", mistyped)), column: missing[0]);
        }

        if (missing.Count > 0)
        {
            throw new TrainingException(new LocalizedText("Train_PredictMissingColumns", string.Join(", ", missing)), column: missing[0]);
        }

        if (mistyped.Count > 0)
        {
            throw new TrainingException(new LocalizedText("Train_PredictWrongColumnTypes", string.Join(", ", mistyped)));
        }
    }

    private static DataFrameColumn LabelColumn(ColumnKind kind, List<string> labels) => kind switch
    {
        ColumnKind.Boolean => new BooleanDataFrameColumn(PredictedLabelColumn, labels.Select(l => l == "true")),
        ColumnKind.Int32 or ColumnKind.Int64 or ColumnKind.Double =>
            new DoubleDataFrameColumn(PredictedLabelColumn, labels.Select(l => double.Parse(l, CultureInfo.InvariantCulture))),
        _ => new StringDataFrameColumn(PredictedLabelColumn, labels),
    };

    private static void Add(DataFrame frame, DataFrameColumn column)
    {
        var name = column.Name;
        for (var n = 2; frame.Columns.IndexOf(name) >= 0; n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{column.Name}_{n}");
        }

        column.SetName(name);
        frame.Columns.Add(column);
    }
}
