namespace Nalytiq.TimeSeries;

/// <summary>
/// A time series resampled into consecutive periods, from the period of the earliest timestamp to that of the latest,
/// empty periods included (with a count of 0 and no means).
/// </summary>
/// <param name="Period">The length of the periods.</param>
/// <param name="PeriodStarts">The start of each period, ascending.</param>
/// <param name="Counts">How many rows fall in each period.</param>
/// <param name="Columns">Each numeric column's means per period and trend, in input order.</param>
/// <param name="MissingTimestamps">Rows left out because their timestamp is missing.</param>
public sealed record TimeSeriesResult(
    ResamplePeriod Period,
    IReadOnlyList<DateTime> PeriodStarts,
    IReadOnlyList<int> Counts,
    IReadOnlyList<TimeSeriesColumnResult> Columns,
    int MissingTimestamps);
