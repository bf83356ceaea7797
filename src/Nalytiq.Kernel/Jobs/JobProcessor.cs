using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Nalytiq.Localization;

namespace Nalytiq.Jobs;

/// <summary>
/// Runs work in the background, a bounded number of jobs at a time (one by default: training is CPU-heavy), in the
/// order queued. Each job reports progress and can be cancelled; finished jobs wait in a notification queue until a
/// host shows them. Disposal cancels what is queued or running and waits briefly for running work to wind down.
/// </summary>
public sealed partial class JobProcessor : IAsyncDisposable
{
    private readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, Job> _jobs = new();
    private readonly ConcurrentQueue<string> _finished = new();
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Task[] _workers;
    private int _lastId;
    private int _disposed;

    /// <summary>Starts the workers (they wait for jobs without holding a thread).</summary>
    public JobProcessor(JobProcessorOptions? options = null)
    {
        Options = options ?? new JobProcessorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxConcurrency, 1, nameof(options));
        _workers = [.. Enumerable.Range(0, Options.MaxConcurrency).Select(_ => Task.Run(WorkAsync))];
    }

    /// <summary>Raised (on a worker thread) whenever a job starts, reports progress or ends.</summary>
    public event EventHandler<JobSnapshot>? Changed;

    /// <summary>How this processor runs jobs.</summary>
    public JobProcessorOptions Options { get; }

    /// <summary>
    /// Queues work and returns at once. The work gets a progress sink and a token that is cancelled by
    /// <see cref="Cancel"/> or disposal; it should stop promptly then (throwing <see cref="OperationCanceledException"/>)
    /// and, if it records a run, end that run as cancelled.
    /// </summary>
    /// <param name="title">What the job does, as lists and notifications show it.</param>
    /// <param name="work">The work.</param>
    /// <param name="kind">Its kind, e.g. <c>train</c>.</param>
    /// <exception cref="ObjectDisposedException">The processor has been disposed.</exception>
    public Job Enqueue(LocalizedText title, Func<IProgress<JobProgress>, CancellationToken, Task<JobResult>> work, string kind = "work")
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        var job = new Job(id, title, kind, work, Options.TimeProvider, OnChanged, _shutdown.Token);
        _jobs[id] = job;
        if (!_queue.Writer.TryWrite(job))
        {
            job.Cancel(); // Disposal started between the check and the write.
        }

        return job;
    }

    /// <summary>Queues work with a title that needs no translation (a file or variable name).</summary>
    public Job Enqueue(string title, Func<IProgress<JobProgress>, CancellationToken, Task<JobResult>> work, string kind = "work") =>
        Enqueue(LocalizedText.Verbatim(title), work, kind);

    /// <summary>Cancels a job: a queued one ends at once, a running one is asked to stop through its token.</summary>
    /// <returns>False when the job had already finished.</returns>
    /// <exception cref="JobException">No job has that id.</exception>
    public bool Cancel(string id) => Find(id).Cancel();

    /// <summary>Waits until a job ends and returns how it ended; cancelling the wait leaves the job running.</summary>
    /// <exception cref="JobException">No job has that id.</exception>
    public Task<JobSnapshot> WaitAsync(string id, CancellationToken cancellationToken = default) =>
        Find(id).Completion.WaitAsync(cancellationToken);

    /// <summary>The job with this id as it is now.</summary>
    /// <exception cref="JobException">No job has that id.</exception>
    public JobSnapshot Get(string id) => Find(id).Snapshot();

    /// <summary>Every job of this processor, oldest first.</summary>
    public IReadOnlyList<JobSnapshot> List() =>
        [.. _jobs.Values.Select(j => j.Snapshot()).OrderBy(s => int.Parse(s.Id, CultureInfo.InvariantCulture))];

    /// <summary>
    /// The jobs that ended since the last call (oldest first), each returned once: a host shows them as notifications
    /// on its next command. Jobs already seen through <see cref="Acknowledge"/> are left out.
    /// </summary>
    public IReadOnlyList<JobSnapshot> TakeFinishedNotifications()
    {
        var finished = new List<JobSnapshot>();
        while (_finished.TryDequeue(out var id))
        {
            if (!_acknowledged.ContainsKey(id) && _jobs.TryGetValue(id, out var job))
            {
                finished.Add(job.Snapshot());
            }
        }

        return finished;
    }

    /// <summary>Marks a job as seen (e.g. its end was followed live), so it is not notified again.</summary>
    public void Acknowledge(string id) => _acknowledged[Find(id).Id] = 0;

    private Job Find(string id)
    {
        var key = id?.Trim().TrimStart('#') ?? string.Empty;
        return _jobs.TryGetValue(key, out var job) ? job : throw new JobException(new LocalizedText("Jobs_NotFound", id));
    }

    private void OnChanged(JobSnapshot snapshot, bool ended)
    {
        if (ended)
        {
            _finished.Enqueue(snapshot.Id);
        }

        try
        {
            Changed?.Invoke(this, snapshot);
        }
#pragma warning disable CA1031 // A subscriber's failure must not stop the job's bookkeeping.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var job in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await job.RunAsync().ConfigureAwait(false);
        }
    }
}
