using Nalytiq.Localization;
namespace Nalytiq.Training;

/// <summary>What to train: the label, the task, the candidate trainers, the features and how to validate.</summary>
/// <param name="LabelColumn">The column to predict.</param>
public sealed record TrainingRequest(string LabelColumn)
{
    /// <summary>The default time budget of a sweep.</summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(60);

    /// <summary>The smallest budget accepted before any data is read.</summary>
    public static readonly TimeSpan MinimumTimeBudget = TimeSpan.FromSeconds(1);

    /// <summary>The task; <see cref="TrainingTask.Auto"/> detects it from the label.</summary>
    public TrainingTask Task { get; init; } = TrainingTask.Auto;

    /// <summary>Candidate trainer families; empty means all of them, in the order of <see cref="TrainerFamily"/>.</summary>
    public IReadOnlyList<TrainerFamily> Trainers { get; init; } = [];

    /// <summary>Feature columns to use; empty means every column but the label.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>Columns never to use as features.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Share of rows held out for the final metrics (0 &lt; value &lt; 1).</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>Cross-validation folds for the sweep; null scores trials on a validation split of the training rows.</summary>
    public int? Folds { get; init; }

    /// <summary>Wall-clock budget of the whole sweep, the final fit included.</summary>
    public TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;

    /// <summary>Seed of the splits, the search and the trainers: the same seed on the same data gives the same trials.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The experiment the run belongs to (used by the run store).</summary>
    public string ExperimentName { get; init; } = "default";

    /// <summary>How many extra configurations of the best family the tuning stage tries.</summary>
    public int TuningTrials { get; init; } = 6;

    /// <summary>Whether to compute permutation feature importance of the final model.</summary>
    public bool ExplainFeatures { get; init; } = true;

    /// <summary>Parses <c>auto</c>, <c>binary</c>, <c>multiclass</c> or <c>regression</c>.</summary>
    /// <exception cref="TrainingException">When the text names no task.</exception>
    public static TrainingTask ParseTask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToUpperInvariant() switch
        {
            "" or "AUTO" => TrainingTask.Auto,
            "BINARY" => TrainingTask.Binary,
            "MULTICLASS" => TrainingTask.Multiclass,
            "REGRESSION" => TrainingTask.Regression,
            _ => throw new TrainingException(new LocalizedText("Train_UnknownTask", text), option: "task"),
        };
    }

    /// <summary>Parses <c>auto</c> or a comma-separated list of <c>lightgbm,fasttree,fastforest,sdca,lbfgs</c>.</summary>
    /// <exception cref="TrainingException">When a name is not a trainer.</exception>
    public static IReadOnlyList<TrainerFamily> ParseTrainers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0 || (names.Length == 1 && names[0].Equals("auto", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var families = new List<TrainerFamily>();
        foreach (var name in names)
        {
            TrainerFamily family = name.ToUpperInvariant() switch
            {
                "LIGHTGBM" => TrainerFamily.LightGbm,
                "FASTTREE" => TrainerFamily.FastTree,
                "FASTFOREST" => TrainerFamily.FastForest,
                "SDCA" => TrainerFamily.Sdca,
                "LBFGS" => TrainerFamily.Lbfgs,
                _ => throw new TrainingException(new LocalizedText("Train_UnknownTrainer", name, "lightgbm, fasttree, fastforest, sdca, lbfgs"), option: "trainers"),
            };
            if (!families.Contains(family))
            {
                families.Add(family);
            }
        }

        return families;
    }

    /// <summary>The lowercase name used in options and run stores (<c>lightgbm</c>).</summary>
    public static string TrainerName(TrainerFamily family) => family.ToString().ToLowerInvariant();
}
