using System.Globalization;
using DuckDB.NET.Data;

namespace Nalytiq.Bench.Engines;

/// <summary>The table <c>t</c> in an in-memory DuckDB database; disposing closes the database and frees it.</summary>
internal sealed class DuckDbTable(DuckDBConnection connection) : ILoadedTable
{
    private static readonly string[] NumericTypes =
        ["TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL"];

    public TableSummary Summarize()
    {
        var described = new List<(string Name, string Type)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT column_name, column_type FROM (DESCRIBE t)";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                described.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var rows = Convert.ToInt64(Scalar("SELECT COUNT(*) FROM t"), CultureInfo.InvariantCulture);
        var columns = new List<ColumnSummary>(described.Count);
        foreach (var (name, type) in described)
        {
            var quoted = Identifier(name);
            var summary = new ColumnSummary(name, type, Convert.ToInt64(Scalar($"SELECT COUNT(*) - COUNT({quoted}) FROM t"), CultureInfo.InvariantCulture));
            if (NumericTypes.Any(t => type.StartsWith(t, StringComparison.Ordinal)))
            {
                summary = summary with { Sum = Scalar($"SELECT CAST(SUM({quoted}) AS DOUBLE) FROM t") is double sum ? sum : null };
            }
            else if (type.StartsWith("TIMESTAMP", StringComparison.Ordinal) || type == "DATE")
            {
                summary = summary with
                {
                    Min = FrameSummarizer.Iso(Scalar($"SELECT CAST(MIN({quoted}) AS TIMESTAMP) FROM t") as DateTime?),
                    Max = FrameSummarizer.Iso(Scalar($"SELECT CAST(MAX({quoted}) AS TIMESTAMP) FROM t") as DateTime?),
                };
            }

            columns.Add(summary);
        }

        return new TableSummary(rows, columns);
    }

    public void Dispose() => connection.Dispose();

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
