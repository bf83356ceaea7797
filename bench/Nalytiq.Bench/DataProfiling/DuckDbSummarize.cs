using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.DataProfiling;

/// <summary>
/// DuckDB's own profile, <c>SUMMARIZE</c>, over the file loaded once (untimed) into a table of an in-memory database:
/// the reference the data profile is measured against, like a frame that is already in memory.
/// </summary>
internal sealed class DuckDbSummarize : IDisposable
{
    private readonly DuckDBConnection _connection;

    private DuckDbSummarize(DuckDBConnection connection) => _connection = connection;

    public static DuckDbSummarize Load(string path)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE t AS SELECT * FROM read_csv_auto({DuckDbTable.Literal(Path.GetFullPath(path))})";
            command.ExecuteNonQuery();
            return new DuckDbSummarize(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <c>SUMMARIZE t</c> and reads every cell of its result, as a client would; returns the seconds and the rows.</summary>
    public (double Seconds, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Rows) Run()
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SUMMARIZE t";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                }

                rows[row["column_name"] ?? string.Empty] = row;
            }
        }

        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalSeconds, rows);
    }

    /// <summary>Rows equal to an earlier row, which <c>SUMMARIZE</c> does not give (untimed, for the correctness check).</summary>
    public long DuplicateRows()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM t) - (SELECT COUNT(*) FROM (SELECT DISTINCT * FROM t))";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Exact distinct counts per column (untimed, for the correctness check).</summary>
    public IReadOnlyDictionary<string, long> ExactDistinct(IEnumerable<string> columns)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(DISTINCT {Identifier(column)}) FROM t";
            counts[column] = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public void Dispose() => _connection.Dispose();

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
