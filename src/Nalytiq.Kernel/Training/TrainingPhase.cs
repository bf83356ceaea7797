namespace Nalytiq.Training;

/// <summary>Where training is, for progress displays.</summary>
public enum TrainingPhase
{
    /// <summary>Reading the frame, choosing features, splitting rows.</summary>
    Preparing,

    /// <summary>A trial has started (<see cref="TrainingProgress.Current"/> says which).</summary>
    TrialStarted,

    /// <summary>A trial has finished (the last entry of <see cref="TrainingProgress.Trials"/>).</summary>
    TrialFinished,

    /// <summary>The best configuration is refitted on all training rows.</summary>
    FinalFit,

    /// <summary>The final model is scored on the held-out rows.</summary>
    Evaluating,

    /// <summary>Permutation feature importance is computed.</summary>
    Explaining,

    /// <summary>Training has ended (completed or cancelled).</summary>
    Completed,
}
