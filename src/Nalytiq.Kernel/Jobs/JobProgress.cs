using Nalytiq.Localization;

namespace Nalytiq.Jobs;

/// <summary>How far a job has come.</summary>
/// <param name="Fraction">Done so far, from 0 to 1; null when the work cannot tell.</param>
/// <param name="Status">A short text on what it is doing (<c>trial 3 of 12 · best AUC 0.91</c>).</param>
public sealed record JobProgress(double? Fraction, LocalizedText? Status = null);
