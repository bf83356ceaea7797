using System.Globalization;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Training.Engine;

/// <summary>Typed reads of frame columns without boxing for the types ingestion produces.</summary>
internal static class ColumnValues
{
    /// <summary>Whether values of <paramref name="actual"/> can feed a feature trained on <paramref name="expected"/>.</summary>
    public static bool Compatible(ColumnKind expected, ColumnKind actual) =>
        expected == actual || (expected.IsNumeric() && actual.IsNumeric());

    /// <summary>The column as numbers, NaN where missing (booleans as 0/1, times as seconds since midnight).</summary>
    public static double[] Numbers(DataFrameColumn column, int[] rows)
    {
        var result = new double[rows.Length];
        switch (column)
        {
            case PrimitiveDataFrameColumn<double> d:
                for (var i = 0; i < rows.Length; i++)
                {
                    result[i] = d[rows[i]] ?? double.NaN;
                }

                break;
            case PrimitiveDataFrameColumn<int> n:
                for (var i = 0; i < rows.Length; i++)
                {
                    var v = n[rows[i]];
                    result[i] = v.HasValue ? v.Value : double.NaN;
                }

                break;
            case PrimitiveDataFrameColumn<long> l:
                for (var i = 0; i < rows.Length; i++)
                {
                    var v = l[rows[i]];
                    result[i] = v.HasValue ? v.Value : double.NaN;
                }

                break;
            case PrimitiveDataFrameColumn<TimeSpan> t:
                for (var i = 0; i < rows.Length; i++)
                {
                    var v = t[rows[i]];
                    result[i] = v.HasValue ? v.Value.Ticks / (double)TimeSpan.TicksPerSecond : double.NaN;
                }

                break;
            case PrimitiveDataFrameColumn<bool> b:
                for (var i = 0; i < rows.Length; i++)
                {
                    var v = b[rows[i]];
                    result[i] = v.HasValue ? (v.Value ? 1 : 0) : double.NaN;
                }

                break;
            default:
                for (var i = 0; i < rows.Length; i++)
                {
                    var v = column[rows[i]];
                    result[i] = v is null ? double.NaN : Convert.ToDouble(v, CultureInfo.InvariantCulture);
                }

                break;
        }

        return result;
    }

    /// <summary>The column as texts, null where missing; numbers and booleans formatted invariantly.</summary>
    public static string?[] Texts(DataFrameColumn column, int[] rows)
    {
        var result = new string?[rows.Length];
        if (column is StringDataFrameColumn s)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                result[i] = s[rows[i]];
            }

            return result;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = column[rows[i]] switch
            {
                null => null,
                double d when double.IsNaN(d) => null,
                bool b => b ? "true" : "false",
                DateTime t => t.ToString("o", CultureInfo.InvariantCulture),
                TimeSpan t => Ingestion.Columns.TimeText.Format(t),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
        }

        return result;
    }

    /// <summary>The column as dates, null where missing.</summary>
    public static DateTime?[] Dates(DataFrameColumn column, int[] rows)
    {
        var result = new DateTime?[rows.Length];
        var dates = (PrimitiveDataFrameColumn<DateTime>)column;
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = dates[rows[i]];
        }

        return result;
    }

    /// <summary>Every row index of a frame.</summary>
    public static int[] AllRows(DataFrame frame) => [.. Enumerable.Range(0, checked((int)frame.Rows.Count))];
}
