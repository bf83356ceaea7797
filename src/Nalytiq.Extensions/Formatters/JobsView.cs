using Nalytiq.Jobs;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The output of <c>#!jobs</c>: the session's jobs with their progress.</summary>
/// <param name="Items">The jobs, oldest first.</param>
/// <param name="Now">When the view was taken (for elapsed times of running jobs).</param>
/// <param name="Cancelled">The cancellation <c>--cancel</c> asked for, if any.</param>
internal sealed record JobsView(IReadOnlyList<JobSnapshot> Items, DateTimeOffset Now, JobCancellation? Cancelled);
