namespace Nalytiq.Analysis;

/// <summary>
/// Correlations between the numeric columns over pairwise-complete observations (rows where both values are present
/// and finite). A coefficient is null when fewer than two such rows exist or one side is constant on them. Values
/// are compared as doubles, so 64-bit integers beyond ±2^53 lose their last digits here (not in the column figures).
/// </summary>
/// <param name="Columns">The numeric columns, in frame order; rows and columns of both matrices follow it.</param>
/// <param name="Pearson">The Pearson coefficients, a symmetric matrix with 1 on the diagonal for non-constant columns.</param>
/// <param name="Spearman">
/// The Spearman coefficients: Pearson's coefficient of the ranks, tied values sharing their average rank, ranked over
/// the pairwise-complete rows of each pair.
/// </param>
/// <param name="TopPairs">The most correlated pairs by |Pearson| (then |Spearman|), at most <see cref="ProfileOptions.TopCorrelationPairs"/>.</param>
public sealed record CorrelationSummary(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<double?>> Pearson,
    IReadOnlyList<IReadOnlyList<double?>> Spearman,
    IReadOnlyList<CorrelationPair> TopPairs);
