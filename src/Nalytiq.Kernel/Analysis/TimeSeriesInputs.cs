using Microsoft.Data.Analysis;
using Nalytiq.Analysis.Engine;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;

namespace Nalytiq.Analysis;

/// <summary>Takes the time column and the numeric columns of a frame as the plain arrays the time-series engine reads.</summary>
internal static class TimeSeriesInputs
{
    /// <summary>At most this many numeric columns are resampled: the trend chart shows a few, and each costs a pass.</summary>
    public const int MaxColumns = 10;

    public static TimeSeriesInput From(DataFrame frame, string timeColumn)
    {
        if (frame.Columns.IndexOf(timeColumn) < 0)
        {
            throw new ProfileException(new LocalizedText("Analyze_ColumnNotFound", timeColumn, string.Join(", ", frame.Columns.Select(c => c.Name))));
        }

        if (frame.Columns[timeColumn] is not PrimitiveDataFrameColumn<DateTime> time)
        {
            throw new ProfileException(new LocalizedText("Analyze_NotADateColumn", timeColumn));
        }

        var timestamps = new DateTime?[time.Length];
        for (long i = 0; i < time.Length; i++)
        {
            timestamps[i] = time[i];
        }

        var columns = new List<TimeSeriesColumn>();
        foreach (var column in frame.Columns)
        {
            if (columns.Count == MaxColumns || column.Name == timeColumn)
            {
                continue;
            }

            // The profiler's typed readers: they know which columns are numeric and read them without boxing.
            var source = ColumnSources.Create(column);
            if (source.IsNumeric)
            {
                columns.Add(new TimeSeriesColumn(column.Name, ReadValues(source)));
            }
        }

        return new TimeSeriesInput(timestamps, columns);
    }

    private static double?[] ReadValues(ColumnSource source)
    {
        var values = new double?[source.Length];
        var chunk = new double[Math.Min(ColumnSource.Chunk, Math.Max(source.Length, 1))];
        for (var start = 0; start < source.Length; start += chunk.Length)
        {
            var length = Math.Min(chunk.Length, source.Length - start);
            source.ReadDoubles(start, chunk.AsSpan(0, length));
            for (var k = 0; k < length; k++)
            {
                // Missing (and, as in the profile, infinite) values read as NaN: the time series leaves them out.
                values[start + k] = double.IsNaN(chunk[k]) ? null : chunk[k];
            }
        }

        return values;
    }
}
