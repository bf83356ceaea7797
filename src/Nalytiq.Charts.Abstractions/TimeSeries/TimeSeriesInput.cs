namespace Nalytiq.TimeSeries;

/// <summary>
/// Rows to resample, as plain arrays so they can cross into the isolated F# load context: one timestamp per row and
/// any number of numeric columns of the same length.
/// </summary>
/// <param name="Timestamps">One per row, in any order; rows without a timestamp are left out and counted.</param>
/// <param name="Columns">The numeric columns to average per period.</param>
public sealed record TimeSeriesInput(IReadOnlyList<DateTime?> Timestamps, IReadOnlyList<TimeSeriesColumn> Columns);
