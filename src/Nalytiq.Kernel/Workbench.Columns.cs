using Microsoft.Data.Analysis;
using Nalytiq.Analysis;

namespace Nalytiq;

public sealed partial class Workbench
{
    /// <summary>
    /// The length, missing and distinct counts of a column, as frame headers show them; remembered per column until it
    /// changes length or missing count, since counting distinct values of millions of rows takes a noticeable moment.
    /// </summary>
    public static ColumnFigures GetColumnFigures(DataFrameColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return ColumnFigureCounter.Of(column);
    }

    /// <summary>
    /// The one text form of a time value (<c>hh:mm:ss[.fffffff]</c>, hours past 23 for durations), as uploads read it
    /// and exports write it, so displays show times the same way.
    /// </summary>
    public static string FormatTime(TimeSpan value) => Ingestion.Columns.TimeText.Format(value);
}
