using Nalytiq.Charts;
using Nalytiq.Localization;

namespace Nalytiq.TimeSeries;

/// <summary>Charts of a resampled time series, titled in the session language.</summary>
public static class TimeSeriesCharts
{
    /// <summary>The period's name in the session language ("week", "semaine", "icyumweru").</summary>
    public static LocalizedText Name(this ResamplePeriod period) => period switch
    {
        ResamplePeriod.Day => new LocalizedText("TimeSeries_Day"),
        ResamplePeriod.Week => new LocalizedText("TimeSeries_Week"),
        ResamplePeriod.Month => new LocalizedText("TimeSeries_Month"),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>
    /// The trend chart: each column's mean per period with its least-squares trend dashed, and the rows per period on
    /// the right axis.
    /// </summary>
    /// <param name="result">The resampled series.</param>
    /// <param name="timeColumn">The name of the timestamp column, shown on the date axis.</param>
    /// <param name="text">The session's texts.</param>
    /// <param name="maxColumns">How many numeric columns to draw at most; more lines than a few cannot be read.</param>
    public static LineChart Trend(TimeSeriesResult result, string timeColumn, Localizer text, int maxColumns = 3)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        var rows = text["Chart_TimeSeriesRows"];
        var series = new List<LineSeries>
        {
            new(rows, result.Counts.Select(count => (double?)count).ToArray()) { OnSecondaryAxis = true },
        };
        foreach (var column in result.Columns.Where(c => c.Trend is not null).Take(maxColumns))
        {
            series.Add(new LineSeries(text.Format("Chart_TimeSeriesMean", column.Name), column.Means));
            var trend = column.Trend!;
            series.Add(new LineSeries(
                text.Format("Chart_TimeSeriesTrend", column.Name),
                Enumerable.Range(0, result.PeriodStarts.Count).Select(position => (double?)trend.At(position)).ToArray())
            {
                Dashed = true,
            });
        }

        var title = text.Format("Chart_TimeSeriesTitle", timeColumn, result.Period.Name().ToString(text));
        return new LineChart(title, timeColumn, text["Chart_TimeSeriesMeanAxis"], result.PeriodStarts, series)
        {
            SecondaryYTitle = rows,
        };
    }
}
