namespace Nalytiq.Training;

/// <summary>Trainer families by their product names, which stay the same in every language.</summary>
public static class TrainerNames
{
    /// <summary><c>LightGBM</c>, <c>FastTree</c>, <c>FastForest</c>, <c>SDCA</c> or <c>L-BFGS</c>.</summary>
    public static string Display(TrainerFamily family) => family switch
    {
        TrainerFamily.LightGbm => "LightGBM",
        TrainerFamily.FastTree => "FastTree",
        TrainerFamily.FastForest => "FastForest",
        TrainerFamily.Sdca => "SDCA",
        TrainerFamily.Lbfgs => "L-BFGS",
        _ => family.ToString(),
    };
}
