using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Nalytiq.Training.Engine;

/// <summary>ML.NET trainer estimators for a configuration: linear families get normalized features, forests a calibrator.</summary>
internal static class TrainerFactory
{
    public static IEstimator<ITransformer> Build(MLContext ml, TrainingTask task, TrainerConfig config, int seed)
    {
        var trainer = task switch
        {
            TrainingTask.Binary => Binary(ml, config, seed),
            TrainingTask.Multiclass => Multiclass(ml, config, seed),
            _ => Regression(ml, config, seed),
        };
        return config.IsLinear
            ? ml.Transforms.NormalizeMinMax(Featurizer.FeaturesName).Append(trainer)
            : trainer;
    }

    private static IEstimator<ITransformer> Binary(MLContext ml, TrainerConfig c, int seed) => c.Family switch
    {
        TrainerFamily.LightGbm => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfLeaves = c.Leaves,
            NumberOfIterations = c.Trees,
            LearningRate = c.LearningRate,
            MinimumExampleCountPerLeaf = c.MinLeaf,
            Seed = seed,
        }),
        TrainerFamily.FastTree => ml.BinaryClassification.Trainers.FastTree(FastTreeBinary(c, seed)),
        TrainerFamily.FastForest => ml.BinaryClassification.Trainers.FastForest(FastForestBinary(c, seed))
            .Append(ml.BinaryClassification.Calibrators.Platt()),
        TrainerFamily.Sdca => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = c.L2,
            NumberOfThreads = 1,
        }),
        _ => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = c.L2 ?? 1f,
            NumberOfThreads = 1,
        }),
    };

    private static IEstimator<ITransformer> Multiclass(MLContext ml, TrainerConfig c, int seed) => c.Family switch
    {
        TrainerFamily.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            NumberOfLeaves = c.Leaves,
            NumberOfIterations = c.Trees,
            LearningRate = c.LearningRate,
            MinimumExampleCountPerLeaf = c.MinLeaf,
            Seed = seed,
        }),
        TrainerFamily.FastTree => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(FastTreeBinary(c, seed))),
        TrainerFamily.FastForest => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastForest(FastForestBinary(c, seed))),
        TrainerFamily.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = c.L2,
            NumberOfThreads = 1,
        }),
        _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = c.L2 ?? 1f,
            NumberOfThreads = 1,
        }),
    };

    private static IEstimator<ITransformer> Regression(MLContext ml, TrainerConfig c, int seed) => c.Family switch
    {
        TrainerFamily.LightGbm => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfLeaves = c.Leaves,
            NumberOfIterations = c.Trees,
            LearningRate = c.LearningRate,
            MinimumExampleCountPerLeaf = c.MinLeaf,
            Seed = seed,
        }),
        TrainerFamily.FastTree => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfLeaves = c.Leaves,
            NumberOfTrees = c.Trees,
            LearningRate = c.LearningRate,
            MinimumExampleCountPerLeaf = c.MinLeaf,
            Seed = seed,
        }),
        TrainerFamily.FastForest => ml.Regression.Trainers.FastForest(new FastForestRegressionTrainer.Options
        {
            NumberOfLeaves = c.Leaves,
            NumberOfTrees = c.Trees,
            MinimumExampleCountPerLeaf = c.MinLeaf,
            Seed = seed,
        }),
        TrainerFamily.Sdca => ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            L2Regularization = c.L2,
            NumberOfThreads = 1,
        }),
        _ => ml.Regression.Trainers.LbfgsPoissonRegression(new LbfgsPoissonRegressionTrainer.Options
        {
            L2Regularization = c.L2 ?? 1f,
            NumberOfThreads = 1,
        }),
    };

    private static FastTreeBinaryTrainer.Options FastTreeBinary(TrainerConfig c, int seed) => new()
    {
        NumberOfLeaves = c.Leaves,
        NumberOfTrees = c.Trees,
        LearningRate = c.LearningRate,
        MinimumExampleCountPerLeaf = c.MinLeaf,
        Seed = seed,
    };

    private static FastForestBinaryTrainer.Options FastForestBinary(TrainerConfig c, int seed) => new()
    {
        NumberOfLeaves = c.Leaves,
        NumberOfTrees = c.Trees,
        MinimumExampleCountPerLeaf = c.MinLeaf,
        Seed = seed,
    };
}
