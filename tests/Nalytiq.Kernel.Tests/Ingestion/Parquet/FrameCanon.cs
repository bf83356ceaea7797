using System.Globalization;
using Microsoft.Data.Analysis;

namespace Nalytiq.Tests.Ingestion.Parquet;

/// <summary>Our frame's cells in the canonical text of <see cref="DuckDbReference"/>, formatted here from the typed values.</summary>
internal static class FrameCanon
{
    public static string Cell(DataFrameColumn column, long row, string duckDbType)
    {
        var value = column[row];
        return value switch
        {
            null => DuckDbReference.Null,
            bool b => b ? "true" : "false",
            double d when duckDbType.StartsWith("DECIMAL(", StringComparison.Ordinal) => d.ToString("F" + Scale(duckDbType), CultureInfo.InvariantCulture),
            double d => DuckDbReference.CanonicalDouble(d),
            DateTime t when duckDbType == "TIMESTAMP_NS" => "ns:" + ((Int128)(t.Ticks - DateTime.UnixEpoch.Ticks) * 100).ToString(CultureInfo.InvariantCulture),
            DateTime t => "us:" + Math.DivRem(t.Ticks - DateTime.UnixEpoch.Ticks, 10, out var rest).ToString(CultureInfo.InvariantCulture) + (rest == 0 ? string.Empty : "+" + rest.ToString(CultureInfo.InvariantCulture)),
            TimeSpan t when duckDbType == "TIME" => DuckDbReference.CanonicalTime(FormatTime(t)),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };
    }

    /// <summary>Every cell of the frame, for comparing one read with another.</summary>
    public static string[] Dump(DataFrame frame)
    {
        var rows = new string[frame.Rows.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = string.Join('|', frame.Columns.Select(c => c[r] is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : DuckDbReference.Null));
        }

        return rows;
    }

    /// <summary>DuckDB's TIME text: <c>HH:mm:ss</c> with hours up to 24, then the microseconds.</summary>
    private static string FormatTime(TimeSpan time)
    {
        var seconds = (long)Math.Floor(time.TotalSeconds);
        var micros = (time.Ticks % TimeSpan.TicksPerSecond) / 10;
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}.{micros:000000}");
    }

    private static string Scale(string type) => type[(type.IndexOf(',', StringComparison.Ordinal) + 1)..^1];
}
