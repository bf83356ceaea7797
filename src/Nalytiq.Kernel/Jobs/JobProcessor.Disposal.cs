namespace Nalytiq.Jobs;

public sealed partial class JobProcessor
{
    /// <summary>
    /// Stops taking jobs, cancels the queued and running ones, and waits up to <see cref="JobProcessorOptions.ShutdownGrace"/>
    /// for running work to end (its own code records its run as cancelled).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        foreach (var job in _jobs.Values)
        {
            job.Cancel();
        }

        await _shutdown.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_workers).WaitAsync(Options.ShutdownGrace, Options.TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Work that ignores its token keeps running in the background; the process is not held hostage by it.
            return;
        }

        _shutdown.Dispose();
    }
}
