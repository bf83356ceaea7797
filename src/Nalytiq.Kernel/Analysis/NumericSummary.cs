namespace Nalytiq.Analysis;

/// <summary>
/// Figures of a numeric column. Moments, quantiles and the histogram are over the finite values; infinities are
/// counted apart so that no figure is infinite or NaN. A figure that is undefined (no finite value, too few values,
/// zero variance for skewness) is null. For a <see cref="Ingestion.ColumnKind.Time"/> column every figure is in seconds
/// (since midnight for a time of day).
/// </summary>
/// <param name="Min">The smallest finite value.</param>
/// <param name="Max">The largest finite value.</param>
/// <param name="Mean">The arithmetic mean.</param>
/// <param name="StandardDeviation">The sample standard deviation (divisor n − 1); null below two values.</param>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P25">The first quartile.</param>
/// <param name="P50">The median.</param>
/// <param name="P75">The third quartile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="Skewness">
/// The adjusted Fisher–Pearson coefficient G1 = √(n(n−1))/(n−2) · m3/m2^1.5 (as pandas' <c>skew()</c>); null below three
/// values or when all values are equal.
/// </param>
/// <param name="Zeros">Values equal to zero.</param>
/// <param name="Negatives">Values below zero, negative infinity included.</param>
/// <param name="Infinities">Positive and negative infinities.</param>
/// <param name="Histogram">Equal-width bins between <paramref name="Min"/> and <paramref name="Max"/>; their counts add up to the finite values.</param>
/// <remarks>
/// Percentiles use linear interpolation between closest ranks (Hyndman–Fan type 7, numpy's and pandas' default):
/// with the n sorted values x₀…xₙ₋₁ and h = (n − 1)·p, the percentile is x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
/// </remarks>
public sealed record NumericSummary(
    double? Min,
    double? Max,
    double? Mean,
    double? StandardDeviation,
    double? P5,
    double? P25,
    double? P50,
    double? P75,
    double? P95,
    double? Skewness,
    long Zeros,
    long Negatives,
    long Infinities,
    IReadOnlyList<HistogramBin> Histogram);
