using Nalytiq.Localization;

namespace Nalytiq.Jobs;

/// <summary>
/// One queued piece of work. Its state changes under a lock and is read as a <see cref="JobSnapshot"/>; the work
/// itself reports progress through the <see cref="IProgress{T}"/> it is given.
/// </summary>
public sealed class Job : IProgress<JobProgress>
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<JobSnapshot> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<IProgress<JobProgress>, CancellationToken, Task<JobResult>> _work;
    private readonly CancellationTokenSource _cancellation;
    private readonly TimeProvider _clock;
    private readonly Action<JobSnapshot, bool> _changed;
    private JobSnapshot _state;
    private bool _finished;

    internal Job(
        string id,
        LocalizedText title,
        string kind,
        Func<IProgress<JobProgress>, CancellationToken, Task<JobResult>> work,
        TimeProvider clock,
        Action<JobSnapshot, bool> changed,
        CancellationToken shutdown)
    {
        _work = work;
        _clock = clock;
        _changed = changed;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        _state = new JobSnapshot(id, title, kind, JobStatus.Pending, null, clock.GetUtcNow(), null, null, null, null);
    }

    /// <summary>The job's id.</summary>
    public string Id => _state.Id;

    /// <summary>Completes with the final snapshot when the job ends, however it ends (never faults).</summary>
    public Task<JobSnapshot> Completion => _completion.Task;

    /// <summary>The job as it is now.</summary>
    public JobSnapshot Snapshot()
    {
        lock (_gate)
        {
            return _state;
        }
    }

    /// <summary>Records the work's latest progress (called by the work, from any thread).</summary>
    void IProgress<JobProgress>.Report(JobProgress value)
    {
        lock (_gate)
        {
            if (_state.Status != JobStatus.Running)
            {
                return;
            }

            _state = _state with { Progress = value };
        }

        _changed(Snapshot(), false);
    }

    /// <summary>Asks the job to stop: a pending job ends at once, a running one is told through its token.</summary>
    /// <returns>False when it had already finished.</returns>
    internal bool Cancel()
    {
        bool wasPending;
        lock (_gate)
        {
            if (_finished)
            {
                return false;
            }

            wasPending = _state.Status == JobStatus.Pending;
            if (wasPending)
            {
                // Decided under the lock, so a worker picking the job up now sees it cancelled and skips it.
                _state = _state with { Status = JobStatus.Cancelled, EndedAt = _clock.GetUtcNow() };
            }
        }

        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return false; // It finished meanwhile.
        }

        if (wasPending)
        {
            Finish(JobStatus.Cancelled, null, null);
        }

        return true;
    }

    /// <summary>Runs the work on the calling worker; returns once the job has ended.</summary>
    internal async Task RunAsync()
    {
        lock (_gate)
        {
            if (_state.Status != JobStatus.Pending)
            {
                return; // Cancelled while it waited.
            }

            _state = _state with { Status = JobStatus.Running, StartedAt = _clock.GetUtcNow() };
        }

        _changed(Snapshot(), false);
        var token = _cancellation.Token;
        try
        {
            var result = await _work(this, token).ConfigureAwait(false);
            Finish(JobStatus.Completed, result, null);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Finish(JobStatus.Cancelled, null, null);
        }
        catch (NalytiqException e)
        {
            Finish(JobStatus.Failed, null, e.Text);
        }
#pragma warning disable CA1031 // The job's boundary: whatever the work throws becomes the job's error, never a crashed worker.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Finish(JobStatus.Failed, null, new LocalizedText("Jobs_Unexpected", e.GetType().Name, e.Message));
        }
    }

    private void Finish(JobStatus status, JobResult? result, LocalizedText? error)
    {
        JobSnapshot final;
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            final = _state = _state with
            {
                Status = status,
                EndedAt = _state.EndedAt ?? _clock.GetUtcNow(),
                Result = result,
                Error = error,
                Progress = status == JobStatus.Completed ? new JobProgress(1, _state.Progress?.Status) : _state.Progress,
            };
        }

        _cancellation.Dispose();
        _changed(final, true);
        _completion.TrySetResult(final);
    }
}
