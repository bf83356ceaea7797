namespace Nalytiq.Training;

/// <summary>The trial in progress.</summary>
/// <param name="Number">1-based position in the sweep.</param>
/// <param name="Stage">Screening or tuning.</param>
/// <param name="Trainer">The trainer family.</param>
/// <param name="Parameters">Its hyper-parameters.</param>
public sealed record RunningTrial(int Number, TrialStage Stage, TrainerFamily Trainer, IReadOnlyDictionary<string, string> Parameters);
