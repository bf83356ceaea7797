using Nalytiq.Jobs;

namespace Nalytiq;

public sealed partial class Workbench
{
    private JobProcessor? _jobs;
    private object? _jobsGate;

    /// <summary>Background work of this session (one CPU-heavy job at a time), started on first use.</summary>
    public JobProcessor Jobs => LazyInitializer.EnsureInitialized(ref _jobs, ref _jobsGate, () => new JobProcessor(new JobProcessorOptions { TimeProvider = Options.TimeProvider }));

    /// <summary>The job processor if anything has used it yet; hosts check it without starting one.</summary>
    internal JobProcessor? StartedJobs => Volatile.Read(ref _jobs);

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
