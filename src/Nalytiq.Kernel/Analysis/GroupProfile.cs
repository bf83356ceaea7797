namespace Nalytiq.Analysis;

/// <summary>Key figures per group of <see cref="ProfileOptions.GroupBy"/>.</summary>
/// <param name="Column">The grouping column.</param>
/// <param name="NumericColumns">The numeric columns whose means <see cref="GroupSummary.Means"/> lists, in this order.</param>
/// <param name="Groups">The largest groups, largest first, ties by key (ordinal, the missing key last); at most <see cref="ProfileOptions.MaxGroups"/>.</param>
/// <param name="TotalGroups">All groups found, including those left out.</param>
public sealed record GroupProfile(
    string Column,
    IReadOnlyList<string> NumericColumns,
    IReadOnlyList<GroupSummary> Groups,
    int TotalGroups);
