namespace Nalytiq.Training;

/// <summary>How one trial of the sweep ended.</summary>
public enum TrialStatus
{
    /// <summary>The trial trained and was scored.</summary>
    Completed,

    /// <summary>The trainer failed on the data; the trial keeps its error.</summary>
    Failed,

    /// <summary>The trial was stopped by a cancellation or the end of the time budget.</summary>
    Cancelled,
}
