using DuckDB.NET.Native;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// For each column DuckDB reads from the file, the SQL that hands it over in a form we copy exactly, and the column
/// that receives it: narrow integers widened by DuckDB, exotic types as DuckDB's own exact text, nested values as JSON.
/// </summary>
internal static class ParquetProjection
{
    /// <summary>
    /// The key-value metadata entry in which our export names the columns it wrote as 100 ns ticks (durations and
    /// times finer than Parquet TIME keeps): a JSON array of column names.
    /// </summary>
    public const string TimeTicksKey = "nalytiq.time_ticks";

    public static (string Sql, VectorColumn Column) For(string name, int index, DuckDBType type, int scale, int capacity, bool timeTicks = false)
    {
        var column = Quote(name);
        if (timeTicks && type == DuckDBType.BigInt)
        {
            return (column, new FixedVectorColumn<long>(name, index, ColumnKind.Time, capacity));
        }

        return type switch
        {
            DuckDBType.Boolean => (column, new FixedVectorColumn<bool>(name, index, ColumnKind.Boolean, capacity)),
            DuckDBType.TinyInt or DuckDBType.SmallInt or DuckDBType.Integer or DuckDBType.UnsignedTinyInt or DuckDBType.UnsignedSmallInt =>
                ($"CAST({column} AS INTEGER)", new FixedVectorColumn<int>(name, index, ColumnKind.Int32, capacity)),
            DuckDBType.UnsignedInteger or DuckDBType.BigInt => ($"CAST({column} AS BIGINT)", new FixedVectorColumn<long>(name, index, ColumnKind.Int64, capacity)),
            DuckDBType.Float or DuckDBType.Double => ($"CAST({column} AS DOUBLE)", new FixedVectorColumn<double>(name, index, ColumnKind.Double, capacity)),
            DuckDBType.UnsignedBigInt or DuckDBType.HugeInt or DuckDBType.UnsignedHugeInt or DuckDBType.VarInt => (Text(column), new TextVectorColumn(name, index, TextMeaning.WideInteger, 0, capacity)),
            DuckDBType.Decimal => (Text(column), new TextVectorColumn(name, index, TextMeaning.Decimal, scale, capacity)),
            DuckDBType.Date => (column, new TemporalVectorColumn(name, index, TemporalUnit.Days, capacity)),
            DuckDBType.Timestamp or DuckDBType.TimestampTz => (column, new TemporalVectorColumn(name, index, TemporalUnit.Microseconds, capacity)),
            DuckDBType.TimestampS => (column, new TemporalVectorColumn(name, index, TemporalUnit.Seconds, capacity)),
            DuckDBType.TimestampMs => (column, new TemporalVectorColumn(name, index, TemporalUnit.Milliseconds, capacity)),
            DuckDBType.TimestampNs => (column, new TemporalVectorColumn(name, index, TemporalUnit.Nanoseconds, capacity)),
            DuckDBType.Time => (column, new FixedVectorColumn<long>(name, index, ColumnKind.Time, capacity, TimeSpan.TicksPerMicrosecond)),
            DuckDBType.Varchar => (column, new TextVectorColumn(name, index, TextMeaning.Text, 0, capacity)),
            DuckDBType.Blob => ($"hex({column})", new TextVectorColumn(name, index, TextMeaning.Binary, 0, capacity)),
            DuckDBType.List or DuckDBType.Struct or DuckDBType.Map or DuckDBType.Array or DuckDBType.Union =>
                ($"CAST(to_json({column}) AS VARCHAR)", new TextVectorColumn(name, index, TextMeaning.Nested, 0, capacity)),
            _ => (Text(column), new TextVectorColumn(name, index, TextMeaning.Text, 0, capacity)),
        };
    }

    /// <summary>The column as DuckDB's text, for a column read again because a value did not fit its typed column.</summary>
    public static (string Sql, VectorColumn Column) AsText(VectorColumn original, int capacity) =>
        (Text(Quote(original.SourceName)), new TextVectorColumn(original.SourceName, original.Index, TextMeaning.Text, 0, capacity));

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Text(string column) => $"CAST({column} AS VARCHAR)";
}
