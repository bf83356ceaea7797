using System.Globalization;
using DuckDB.NET.Data;

namespace Nalytiq.Tests.Ingestion.Parquet;

/// <summary>
/// What DuckDB itself reads from a Parquet file, as one canonical text a cell, built by DuckDB's own SQL
/// (<c>CAST … AS VARCHAR</c>, <c>to_json</c>, <c>epoch_ns</c>) and read through the plain ADO.NET reader, so it
/// shares nothing with the reader under test.
/// </summary>
internal static class DuckDbReference
{
    public const string Null = "∅";

    /// <summary>Separates a temporal cell's typed form from DuckDB's text of it.</summary>
    public const char TextSeparator = '\u0001';

    public static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, "SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; SET TimeZone = 'UTC';");
        return connection;
    }

    /// <summary>Writes a Parquet file with DuckDB: <c>COPY (select) TO path</c>.</summary>
    public static void Write(string path, string select)
    {
        using var connection = Open();
        Execute(connection, $"COPY ({select}) TO {Literal(path)} (FORMAT parquet)");
    }

    /// <summary>Whether DuckDB reads the whole file without an error.</summary>
    public static bool CanRead(string path)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet({Literal(path)})";
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.IsDBNull(i);
                }
            }

            return true;
        }
        catch (DuckDBException)
        {
            return false;
        }
    }

    public static (List<string> Names, List<string> Types, List<string[]> Rows) Read(string path)
    {
        using var connection = Open();
        var names = new List<string>();
        var types = new List<string>();
        using (var describe = connection.CreateCommand())
        {
            describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet({Literal(path)})";
            using var reader = describe.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
                types.Add(reader.GetString(1));
            }
        }

        var rows = new List<string[]>();
        if (names.Count == 0)
        {
            return (names, types, rows);
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", names.Select((n, i) => Canonical(Quote(n), types[i])))} FROM read_parquet({Literal(path)})";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new string[names.Count];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? Null : reader.GetValue(i) is double d ? CanonicalDouble(d) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
                }

                rows.Add(row);
            }
        }

        return (names, types, rows);
    }

    /// <summary>A double by its bits (every NaN alike), so no formatting of either side can hide a difference.</summary>
    public static string CanonicalDouble(double value) =>
        double.IsNaN(value) ? "NaN" : BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>A time of day with its fraction's trailing zeros dropped.</summary>
    public static string CanonicalTime(string text) => text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;

    public static bool IsTemporal(string type) => type is "DATE" || type.StartsWith("TIMESTAMP", StringComparison.Ordinal);

    private static string Canonical(string column, string type)
    {
        if (type is "FLOAT" or "DOUBLE")
        {
            return $"CAST({column} AS DOUBLE)";
        }

        if (type == "BLOB")
        {
            return $"hex({column})";
        }

        if (IsTemporal(type))
        {
            // Inside DateTime's years: microseconds since 1970 (nanoseconds floored to the 100 ns tick); outside: DuckDB's text.
            var timestamp = type is "DATE" or "TIMESTAMP WITH TIME ZONE" ? $"CAST({column} AS TIMESTAMP)" : column;
            var since = type == "TIMESTAMP_NS"
                ? $"'ns:' || CAST(epoch_ns({column}) - (((epoch_ns({column}) % 100) + 100) % 100) AS VARCHAR)"
                : $"'us:' || CAST(epoch_us({timestamp}) AS VARCHAR)";
            // Both forms, split by the test: a column shown as text (a value outside DateTime) holds DuckDB's text.
            return $"CASE WHEN isfinite({column}) AND year({column}) BETWEEN 1 AND 9999 THEN {since} ELSE '' END || '{TextSeparator}' || CAST({column} AS VARCHAR)";
        }

        if (type.EndsWith(']') || type.StartsWith("STRUCT", StringComparison.Ordinal) || type.StartsWith("MAP", StringComparison.Ordinal) || type.StartsWith("UNION", StringComparison.Ordinal))
        {
            return $"CAST(to_json({column}) AS VARCHAR)";
        }

        return $"CAST({column} AS VARCHAR)";
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
