namespace Nalytiq.Analysis;

/// <summary>Figures of a text column.</summary>
/// <param name="TopValues">
/// The most frequent values, most frequent first, ties broken by ordinal comparison of the values. Once the column
/// exceeds <see cref="ProfileOptions.DistinctExactLimit"/> distinct values, only values first seen before that point
/// are counted.
/// </param>
/// <param name="MinLength">The shortest value, in UTF-16 code units; null when no value is present.</param>
/// <param name="MeanLength">The mean length.</param>
/// <param name="MaxLength">The longest value.</param>
/// <param name="Imbalance">
/// 1 − H/ln(k), with H the Shannon entropy of the value frequencies and k the distinct values: 0 for evenly spread
/// values, near 1 when one value dominates; null when the frequencies are not all known or k &lt; 2.
/// </param>
/// <param name="DateShare">
/// The share of a sample of distinct values (<see cref="ProfileOptions.TypeDateSampleSize"/>, in order of first
/// appearance) that parse as dates in the best-fitting form; null when no value is present.
/// </param>
public sealed record TextSummary(
    IReadOnlyList<ValueCount> TopValues,
    int? MinLength,
    double? MeanLength,
    int? MaxLength,
    double? Imbalance,
    double? DateShare);
