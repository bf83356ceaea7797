namespace Nalytiq.Analysis;

/// <summary>
/// What to compute and when to raise an alert. The alert thresholds follow ydata-profiling's defaults where it has one.
/// Options are part of a cached profile's key, so a changed option never reuses an older profile.
/// </summary>
public sealed record ProfileOptions
{
    /// <summary>The defaults.</summary>
    public static ProfileOptions Default { get; } = new();

    /// <summary>
    /// Text columns count distinct values exactly up to this many (default 100,000), then switch to a HyperLogLog
    /// estimate (about 0.8% standard error) and mark the count as an estimate. Numeric, date and boolean columns are
    /// always counted exactly.
    /// </summary>
    public int DistinctExactLimit { get; init; } = 100_000;

    /// <summary>How many most frequent values a text column lists (default 10).</summary>
    public int TopValueCount { get; init; } = 10;

    /// <summary>Equal-width histogram bins of a numeric column (default 20).</summary>
    public int HistogramBins { get; init; } = 20;

    /// <summary>How many most correlated pairs the profile lists (default 10).</summary>
    public int TopCorrelationPairs { get; init; } = 10;

    /// <summary>MISSING fires when a column's missing share exceeds this (default 0.01, as ydata-profiling).</summary>
    public double MissingThreshold { get; init; } = 0.01;

    /// <summary>ZEROS fires when a numeric column's share of zeros exceeds this (default 0.01, as ydata-profiling).</summary>
    public double ZerosThreshold { get; init; } = 0.01;

    /// <summary>INFINITE fires when a numeric column's share of infinities exceeds this (default 0: any infinity).</summary>
    public double InfiniteThreshold { get; init; }

    /// <summary>SKEWED fires when |skewness| exceeds this (default 20, as ydata-profiling).</summary>
    public double SkewnessThreshold { get; init; } = 20;

    /// <summary>HIGH_CARDINALITY fires when a text column has more distinct values than this and is not unique (default 50, as ydata-profiling).</summary>
    public int CardinalityThreshold { get; init; } = 50;

    /// <summary>IMBALANCE fires when a text or boolean column's imbalance (1 − entropy/ln k) exceeds this (default 0.5, as ydata-profiling).</summary>
    public double ImbalanceThreshold { get; init; } = 0.5;

    /// <summary>HIGH_CORRELATION fires when |Pearson| or |Spearman| of a pair reaches this (default 0.9, as ydata-profiling).</summary>
    public double CorrelationThreshold { get; init; } = 0.9;

    /// <summary>DUPLICATES fires when the share of duplicate rows exceeds this (default 0: any duplicate).</summary>
    public double DuplicatesThreshold { get; init; }

    /// <summary>
    /// TYPE_DATE fires when at least this share (default 0.95) of a sample of a text column's distinct values parse as
    /// dates in one of the forms the ingestion reads (ISO, day-first, month-first, month names).
    /// </summary>
    public double TypeDateThreshold { get; init; } = 0.95;

    /// <summary>How many distinct values of a text column are tried as dates for TYPE_DATE (default 1,000).</summary>
    public int TypeDateSampleSize { get; init; } = 1_000;

    /// <summary>Whether to compute correlations (default true); they are skipped below two numeric columns.</summary>
    public bool Correlations { get; init; } = true;

    /// <summary>A column to group by (<c>--by</c>): each group gets its count, missing cells and numeric means.</summary>
    public string? GroupBy { get; init; }

    /// <summary>The largest groups kept in <see cref="GroupProfile.Groups"/> (default 50).</summary>
    public int MaxGroups { get; init; } = 50;
}
