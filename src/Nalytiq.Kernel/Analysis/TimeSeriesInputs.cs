using Microsoft.Data.Analysis;
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
            if (columns.Count == MaxColumns || column.Name == timeColumn || !IsNumeric(column))
            {
                continue;
            }

            var values = new double?[column.Length];
            for (long i = 0; i < column.Length; i++)
            {
                values[i] = column[i] is { } value ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : null;
            }

            columns.Add(new TimeSeriesColumn(column.Name, values));
        }

        return new TimeSeriesInput(timestamps, columns);
    }

    private static bool IsNumeric(DataFrameColumn column) => Type.GetTypeCode(column.DataType) is
        TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
        or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal;
}
