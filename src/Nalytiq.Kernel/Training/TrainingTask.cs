namespace Nalytiq.Training;

/// <summary>The kind of model a training run fits.</summary>
public enum TrainingTask
{
    /// <summary>Detected from the label column.</summary>
    Auto,

    /// <summary>Two classes.</summary>
    Binary,

    /// <summary>More than two classes.</summary>
    Multiclass,

    /// <summary>A numeric target.</summary>
    Regression,
}
