using Nalytiq.Jobs;
using Nalytiq.Localization;

namespace Nalytiq;

public sealed partial class Workbench
{
    private JobProcessor? _jobs;
    private object? _jobsGate;

    /// <summary>Background work of this session (one CPU-heavy job at a time), started on first use.</summary>
    public JobProcessor Jobs => LazyInitializer.EnsureInitialized(ref _jobs, ref _jobsGate, () => new JobProcessor(new JobProcessorOptions { TimeProvider = Options.TimeProvider }));

    /// <summary>The job processor if anything has used it yet; hosts check it without starting one.</summary>
    internal JobProcessor? StartedJobs => Volatile.Read(ref _jobs);

    /// <summary>How long <see cref="CancelJobAsync"/> waits for a job to stop before reporting.</summary>
    public static TimeSpan JobCancelGrace { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Every job of the session, oldest first, as it is now.</summary>
    public JobsReport ListJobs() => new(Jobs.List(), Options.TimeProvider.GetUtcNow(), null);

    /// <summary>One job as it is now.</summary>
    /// <exception cref="JobException">No job has that id.</exception>
    public JobSnapshot GetJob(string id) => Jobs.Get(id);

    /// <summary>
    /// Follows a job to its end and marks it seen, so it is not notified again. Cancelling the wait leaves the job
    /// running and says so.
    /// </summary>
    /// <exception cref="JobException">No job has that id, or the wait was cancelled (the job keeps running).</exception>
    public async Task<JobSnapshot> WaitForJobAsync(string id, CancellationToken cancellationToken = default)
    {
        var jobs = Jobs;
        var job = jobs.Get(id).Id;
        try
        {
            await jobs.WaitAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new JobException(new LocalizedText("Jobs_StoppedFollowing", job), e);
        }

        jobs.Acknowledge(job);
        return jobs.Get(job);
    }

    /// <summary>
    /// Cancels a job, marks it seen, and gives it up to <see cref="JobCancelGrace"/> to stop (a job stops at its next
    /// check of the token), so the report usually shows it ended.
    /// </summary>
    /// <exception cref="JobException">No job has that id.</exception>
    public async Task<JobsReport> CancelJobAsync(string id, CancellationToken cancellationToken = default)
    {
        var jobs = Jobs;
        var job = jobs.Get(id).Id;
        var cancelled = new JobCancellation(job, jobs.Cancel(job));
        jobs.Acknowledge(job);
        await Task.WhenAny(jobs.WaitAsync(job, cancellationToken), Task.Delay(JobCancelGrace, Options.TimeProvider, cancellationToken)).ConfigureAwait(false);
        return ListJobs() with { Cancelled = cancelled };
    }

    /// <summary>
    /// The jobs that ended since the last call, each returned once, for a host to show before its next command; a
    /// session that never started a job has none (and this does not start the processor).
    /// </summary>
    public IReadOnlyList<JobSnapshot> TakeJobNotifications() => StartedJobs?.TakeFinishedNotifications() ?? [];

    /// <summary>
    /// Cancels background jobs and waits briefly for them (so they can mark their runs cancelled), then closes the
    /// run store: jobs first, since their last act is writing to it.
    /// </summary>
    private async ValueTask DisposeJobsAndRunsAsync()
    {
        if (_jobs is { } jobs)
        {
            await jobs.DisposeAsync().ConfigureAwait(false);
        }

        _runs?.Dispose();
    }
}
