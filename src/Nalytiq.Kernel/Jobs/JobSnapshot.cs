using Nalytiq.Localization;

namespace Nalytiq.Jobs;

/// <summary>A job as it was at one moment; views render these, so a display never sees a half-updated job.</summary>
/// <param name="Id">The job's id (a small number, as typed in <c>#!jobs --cancel 3</c>).</param>
/// <param name="Title">What the job does.</param>
/// <param name="Kind">Its kind, e.g. <c>train</c>.</param>
/// <param name="Status">Pending, running, completed, failed or cancelled.</param>
/// <param name="Progress">The latest progress it reported.</param>
/// <param name="EnqueuedAt">When it was queued.</param>
/// <param name="StartedAt">When its work started.</param>
/// <param name="EndedAt">When it finished.</param>
/// <param name="Result">What it produced, once completed.</param>
/// <param name="Error">Why it failed.</param>
public sealed record JobSnapshot(
    string Id,
    LocalizedText Title,
    string Kind,
    JobStatus Status,
    JobProgress? Progress,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    JobResult? Result,
    LocalizedText? Error)
{
    /// <summary>Whether it has ended (completed, failed or cancelled).</summary>
    public bool IsFinished => Status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled;

    /// <summary>How long it has run (until <paramref name="now"/> while running); null before it starts.</summary>
    public TimeSpan? Elapsed(DateTimeOffset now) => StartedAt is { } started ? (EndedAt ?? now) - started : null;
}
