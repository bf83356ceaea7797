namespace Nalytiq.Training;

/// <summary>A progress report, complete enough to redraw a live display from the latest one alone.</summary>
/// <param name="Phase">What just happened.</param>
/// <param name="Elapsed">Time since training started.</param>
/// <param name="TimeBudget">The sweep's budget.</param>
/// <param name="Trials">Every finished trial so far, in order.</param>
/// <param name="Best">The best completed trial so far, if any.</param>
/// <param name="Current">The trial in progress, for <see cref="TrainingPhase.TrialStarted"/>.</param>
/// <param name="MetricName">The primary metric the sweep maximizes; null until the task is known.</param>
public sealed record TrainingProgress(
    TrainingPhase Phase,
    TimeSpan Elapsed,
    TimeSpan TimeBudget,
    IReadOnlyList<TrialResult> Trials,
    TrialResult? Best,
    RunningTrial? Current,
    string? MetricName);
