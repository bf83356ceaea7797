using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>One trial of the sweep: a trainer with its hyper-parameters, scored on the validation split or folds.</summary>
/// <param name="Number">1-based position in the sweep.</param>
/// <param name="Stage">Screening (one default per family) or tuning (the best family's other configurations).</param>
/// <param name="Trainer">The trainer family.</param>
/// <param name="Parameters">Hyper-parameters by name, formatted invariantly (<c>leaves</c> = <c>31</c>).</param>
/// <param name="MetricName">The task's primary metric (<see cref="MetricNames"/>).</param>
/// <param name="MetricValue">The validation value (mean over folds); null unless completed.</param>
/// <param name="Elapsed">Wall time of the trial.</param>
/// <param name="Status">Completed, failed or cancelled.</param>
/// <param name="Error">Why a trial failed or stopped (ML.NET's own message is kept verbatim).</param>
public sealed record TrialResult(
    int Number,
    TrialStage Stage,
    TrainerFamily Trainer,
    IReadOnlyDictionary<string, string> Parameters,
    string MetricName,
    double? MetricValue,
    TimeSpan Elapsed,
    TrialStatus Status,
    LocalizedText? Error)
{
    /// <summary>The parameters as one line, <c>leaves=31, learning-rate=0.1</c>.</summary>
    public string ParameterText => string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value}"));
}
