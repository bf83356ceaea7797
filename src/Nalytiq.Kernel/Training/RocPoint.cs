namespace Nalytiq.Training;

/// <summary>One point of a ROC curve on the held-out rows.</summary>
/// <param name="FalsePositiveRate">Share of negatives predicted positive at this threshold.</param>
/// <param name="TruePositiveRate">Share of positives predicted positive at this threshold.</param>
/// <param name="Threshold">The probability threshold.</param>
public sealed record RocPoint(double FalsePositiveRate, double TruePositiveRate, double Threshold);
