using Microsoft.Data.Analysis;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// A time column is profiled as a numeric one over its seconds (since midnight for a time of day): the summary and
/// histogram of a <see cref="Ingestion.ColumnKind.Time"/> profile are in seconds, and displays show them as times.
/// </summary>
internal static class TimeColumns
{
    public static PrimitiveDataFrameColumn<double> Seconds(PrimitiveDataFrameColumn<TimeSpan> column)
    {
        var seconds = new PrimitiveDataFrameColumn<double>(column.Name, column.Length);
        for (long i = 0; i < column.Length; i++)
        {
            seconds[i] = column[i] is { } value ? value.Ticks / (double)TimeSpan.TicksPerSecond : null;
        }

        return seconds;
    }
}
