namespace Nalytiq.Analysis;

/// <summary>Two numeric columns and how they correlate.</summary>
/// <param name="First">The column that comes first in the frame.</param>
/// <param name="Second">The other column.</param>
/// <param name="Pearson">Pearson's coefficient, null when undefined.</param>
/// <param name="Spearman">Spearman's coefficient, null when undefined.</param>
/// <param name="Observations">The pairwise-complete rows both coefficients were computed on.</param>
public sealed record CorrelationPair(string First, string Second, double? Pearson, double? Spearman, long Observations);
