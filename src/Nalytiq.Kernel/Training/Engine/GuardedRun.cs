using Microsoft.ML;

namespace Nalytiq.Training.Engine;

/// <summary>
/// Runs ML.NET work so that the caller regains control on time. The work's context is cancelled when the user
/// interrupts or its time is up, but ML.NET only notices between steps (LightGBM's native training not at all), so the
/// caller also stops waiting: a trial that overruns is abandoned and finishes unobserved, its result discarded.
/// </summary>
internal static class GuardedRun
{
    /// <summary>What became of the work.</summary>
    /// <param name="Cancelled">The user interrupted or the time ran out (the work's result must not be used).</param>
    /// <param name="Failure">The work's own exception, when it failed without being cancelled.</param>
    public readonly record struct Result(bool Cancelled, Exception? Failure);

    public static Result Run(MLContext ml, Action<CancellationToken> work, TimeSpan limit, TimeSpan grace, TimeProvider time, CancellationToken cancellationToken)
    {
        var timeout = new CancellationTokenSource(limit, time);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked.Token;
        var registration = MlCancellation.Link(ml, token);
        Exception? failure = null;
        var task = Task.Run(
            () =>
            {
                try
                {
                    work(token);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failure = ex;
                }
            },
            CancellationToken.None);

        bool finished;
        try
        {
            finished = task.Wait(limit + grace, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            finished = false;
        }

        if (!finished)
        {
            // Abandoned: the sources stay alive until the work ends, so its token remains valid; cancel so it stops soon.
            timeout.Cancel();
            return new Result(true, null);
        }

        registration.Dispose();
        var cancelled = token.IsCancellationRequested;
        linked.Dispose();
        timeout.Dispose();
        return new Result(cancelled, cancelled ? null : failure);
    }
}
