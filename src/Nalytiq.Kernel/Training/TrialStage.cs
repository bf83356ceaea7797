namespace Nalytiq.Training;

/// <summary>Which phase of the sweep a trial belongs to.</summary>
public enum TrialStage
{
    /// <summary>One default configuration per candidate trainer family.</summary>
    Screening,

    /// <summary>Other hyper-parameters of the best family.</summary>
    Tuning,
}
