namespace Nalytiq.Analysis;

/// <summary>Where a profile is: reported once before work starts and after each column and each frame-wide step.</summary>
/// <param name="StepsDone">Steps finished: one per column, then duplicates, correlations and groups.</param>
/// <param name="TotalSteps">All steps of this profile.</param>
/// <param name="Step">The column just profiled, or the frame-wide step just finished (<c>duplicates</c>, <c>correlations</c>, <c>groups</c>); null for the first report.</param>
public sealed record ProfileProgress(int StepsDone, int TotalSteps, string? Step);
