namespace Nalytiq.Analysis;

/// <summary>Figures of a boolean column.</summary>
/// <param name="TrueCount">Values that are true.</param>
/// <param name="FalseCount">Values that are false.</param>
/// <param name="TrueShare">True values over present values, between 0 and 1 (0 when none is present).</param>
/// <param name="FalseShare">False values over present values.</param>
public sealed record BooleanSummary(long TrueCount, long FalseCount, double TrueShare, double FalseShare);
