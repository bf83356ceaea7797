namespace Nalytiq.Training;

/// <summary>The ML.NET trainer families the sweep chooses from.</summary>
public enum TrainerFamily
{
    /// <summary>LightGBM gradient-boosted trees.</summary>
    LightGbm,

    /// <summary>ML.NET's FastTree gradient-boosted trees.</summary>
    FastTree,

    /// <summary>ML.NET's FastForest random forest.</summary>
    FastForest,

    /// <summary>Linear model by stochastic dual coordinate ascent.</summary>
    Sdca,

    /// <summary>Linear model by L-BFGS (logistic, maximum entropy or Poisson regression).</summary>
    Lbfgs,
}
