using Microsoft.Data.Analysis;
using Nalytiq.Training.Engine;

namespace Nalytiq.Training;

/// <summary>
/// Trains a model on a frame: featurizes it from its schema, sweeps candidate trainers within a time budget, refits the
/// best on all training rows and evaluates it on held-out rows.
/// </summary>
public sealed class ModelTrainer
{
    private readonly TimeProvider _time;

    /// <summary>Creates a trainer; the time provider drives the budget and the reported durations.</summary>
    public ModelTrainer(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long scoring the test rows may go on after an interrupt (tests shorten it to cut the scoring for sure).</summary>
    internal TimeSpan InterruptedEvaluationLimit { get; init; } = TrainingSession.DefaultInterruptedEvaluationLimit;

    /// <summary>
    /// Trains on <paramref name="frame"/> as <paramref name="request"/> says, reporting each trial to
    /// <paramref name="progress"/>. Cancelling stops promptly and still returns the best model found so far, with
    /// <see cref="TrainingOutcome.Cancelled"/> set; if no trial had completed yet, the task is cancelled.
    /// </summary>
    /// <exception cref="TrainingException">When the request does not fit the frame, or no trial could complete.</exception>
    /// <exception cref="OperationCanceledException">When cancelled before any trial completed.</exception>
    public Task<TrainingOutcome> TrainAsync(
        DataFrame frame,
        TrainingRequest request,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(request);

        // ML.NET trains synchronously: run it off the caller's thread so a notebook stays responsive.
        return Task.Run(() => new TrainingSession(request, _time, progress, cancellationToken) { InterruptedEvaluationLimit = InterruptedEvaluationLimit }.Run(frame), CancellationToken.None);
    }
}
