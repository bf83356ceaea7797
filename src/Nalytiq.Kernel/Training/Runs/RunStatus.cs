namespace Nalytiq.Training;

/// <summary>Where a run is in its life, as MLflow names it (its <c>KILLED</c> is our <see cref="Cancelled"/>).</summary>
public enum RunStatus
{
    /// <summary>Started and not yet ended.</summary>
    Running,

    /// <summary>Ended normally.</summary>
    Completed,

    /// <summary>Ended with an error, or abandoned by a process that went away.</summary>
    Failed,

    /// <summary>Stopped on request; it may still hold the best model found so far.</summary>
    Cancelled,
}
