using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Nalytiq.Bench.Training;

/// <summary>
/// The work our engine does for one LightGBM trial, written directly against ML.NET on the raw frame: hold out test
/// rows, fit on a validation split and score it, refit on all training rows and evaluate on the test rows. The same
/// featurization (numbers converted and mean-imputed, categories one-hot) and the same trainer options.
/// </summary>
internal static class BarePipeline
{
    public static double Run(DataFrame frame, int seed, int minLeaf)
    {
        var ml = new MLContext(seed);
        var data = (IDataView)frame;
        var test = ml.Data.TrainTestSplit(data, 0.2, seed: seed);
        var validation = ml.Data.TrainTestSplit(test.TrainSet, 0.2, seed: seed + 1);

        var validationAuc = FitAndScore(ml, validation.TrainSet, validation.TestSet, seed, minLeaf);
        _ = validationAuc;
        return FitAndScore(ml, test.TrainSet, test.TestSet, seed, minLeaf);
    }

    private static double FitAndScore(MLContext ml, IDataView fit, IDataView score, int seed, int minLeaf)
    {
        var numeric = TrainingFrames.Numbers.Append(TrainingFrames.Flag).ToArray();
        var pipeline = ml.Transforms.Conversion.ConvertType([.. numeric.Select(n => new InputOutputColumnPair(n + "_f", n))], DataKind.Single)
            .Append(ml.Transforms.Concatenate("Num", [.. numeric.Select(n => n + "_f")]))
            .Append(ml.Transforms.ReplaceMissingValues("Num"))
            .Append(ml.Transforms.Categorical.OneHotEncoding([.. TrainingFrames.Categories.Select(c => new InputOutputColumnPair(c + "_x", c))]))
            .Append(ml.Transforms.Concatenate("Features", ["Num", .. TrainingFrames.Categories.Select(c => c + "_x")]))
            .Append(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = TrainingFrames.Label,
                NumberOfLeaves = 31,
                NumberOfIterations = 100,
                LearningRate = 0.1,
                MinimumExampleCountPerLeaf = minLeaf,
                Seed = seed,
            }));
        var model = pipeline.Fit(fit);
        return ml.BinaryClassification.Evaluate(model.Transform(score), TrainingFrames.Label).AreaUnderRocCurve;
    }
}
