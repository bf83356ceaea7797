namespace Nalytiq.Training;

/// <summary>A finished, recorded training: the run as stored and everything the training produced.</summary>
/// <param name="Run">The run in the store (status, params, metrics, dataset, artifacts).</param>
/// <param name="Outcome">Trials, model, held-out metrics, curves and feature importance.</param>
/// <param name="ModelPath">Where the model's <c>.zip</c> was saved, inside the run's folder.</param>
public sealed record TrainingRun(RunInfo Run, TrainingOutcome Outcome, string ModelPath);
