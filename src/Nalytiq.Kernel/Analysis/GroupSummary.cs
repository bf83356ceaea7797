namespace Nalytiq.Analysis;

/// <summary>One group's key figures.</summary>
/// <param name="Key">The group value as text (invariant culture; dates as ISO 8601); null for rows where the grouping column is missing.</param>
/// <param name="Count">Rows in the group.</param>
/// <param name="MissingCells">Missing cells in the group's rows, over every column but the grouping one.</param>
/// <param name="Means">The mean of each of <see cref="GroupProfile.NumericColumns"/> over the group's finite values; null when it has none.</param>
public sealed record GroupSummary(string? Key, long Count, long MissingCells, IReadOnlyList<double?> Means);
