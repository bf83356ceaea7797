namespace Nalytiq.Jobs;

/// <summary>Where a background job is in its life.</summary>
public enum JobStatus
{
    /// <summary>Queued, waiting for a free slot.</summary>
    Pending,

    /// <summary>Its work is running.</summary>
    Running,

    /// <summary>Its work returned a result.</summary>
    Completed,

    /// <summary>Its work threw.</summary>
    Failed,

    /// <summary>Cancelled before or while it ran (or by the processor shutting down).</summary>
    Cancelled,
}
