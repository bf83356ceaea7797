using System.Globalization;

namespace Nalytiq.Training.Engine;

/// <summary>One point of the search: a trainer family and its hyper-parameters.</summary>
/// <param name="Family">The trainer family.</param>
/// <param name="Leaves">Leaves per tree (tree families).</param>
/// <param name="Trees">Trees, i.e. boosting iterations (tree families).</param>
/// <param name="LearningRate">Shrinkage (boosted trees).</param>
/// <param name="MinLeaf">Minimum rows per leaf (tree families).</param>
/// <param name="L2">L2 regularization (linear families); null leaves ML.NET's default.</param>
internal sealed record TrainerConfig(TrainerFamily Family, int Leaves, int Trees, double LearningRate, int MinLeaf, float? L2)
{
    public bool IsTree => Family is TrainerFamily.LightGbm or TrainerFamily.FastTree or TrainerFamily.FastForest;

    public bool IsLinear => !IsTree;

    /// <summary>The hyper-parameters that apply to the family, by display name.</summary>
    public IReadOnlyDictionary<string, string> Parameters
    {
        get
        {
            var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (IsTree)
            {
                parameters["leaves"] = Leaves.ToString(CultureInfo.InvariantCulture);
                parameters["trees"] = Trees.ToString(CultureInfo.InvariantCulture);
                parameters["min-leaf"] = MinLeaf.ToString(CultureInfo.InvariantCulture);
                if (Family != TrainerFamily.FastForest)
                {
                    parameters["learning-rate"] = LearningRate.ToString(CultureInfo.InvariantCulture);
                }
            }
            else
            {
                parameters["l2"] = L2?.ToString(CultureInfo.InvariantCulture) ?? "auto";
            }

            return parameters;
        }
    }

    /// <summary>The family's default configuration, with the leaf size scaled down for small data.</summary>
    public static TrainerConfig Default(TrainerFamily family, int fitRows)
    {
        var minLeaf = Math.Clamp(fitRows / 50, 1, 20);
        return family switch
        {
            TrainerFamily.LightGbm => new(family, 31, 100, 0.1, minLeaf, null),
            TrainerFamily.FastTree => new(family, 20, 100, 0.2, Math.Min(minLeaf, 10), null),
            TrainerFamily.FastForest => new(family, 20, 100, 0, Math.Min(minLeaf, 10), null),
            TrainerFamily.Lbfgs => new(family, 0, 0, 0, 0, 1f),
            _ => new(family, 0, 0, 0, 0, null),
        };
    }
}
