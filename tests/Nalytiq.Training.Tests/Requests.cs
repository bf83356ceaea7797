namespace Nalytiq.Training.Tests;

/// <summary>Small, fast requests: few trainers and trials so the suite stays quick on a shared two-core machine.</summary>
internal static class Requests
{
    public static TrainingRequest Fast(string label, params TrainerFamily[] trainers) => new(label)
    {
        Trainers = trainers.Length == 0 ? [TrainerFamily.LightGbm, TrainerFamily.Lbfgs] : trainers,
        TuningTrials = 1,
        TimeBudget = TimeSpan.FromMinutes(5),
        ExplainFeatures = false,
    };
}
