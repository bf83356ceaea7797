namespace Nalytiq.Jobs;

/// <summary>The session's jobs at one moment, and the cancellation that was just asked for, if any.</summary>
/// <param name="Items">The jobs, oldest first.</param>
/// <param name="Now">When the report was taken (for elapsed times of running jobs).</param>
/// <param name="Cancelled">The cancellation asked for, if any.</param>
public sealed record JobsReport(IReadOnlyList<JobSnapshot> Items, DateTimeOffset Now, JobCancellation? Cancelled);
