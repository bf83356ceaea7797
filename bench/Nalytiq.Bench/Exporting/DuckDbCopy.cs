using System.Diagnostics;
using DuckDB.NET.Data;

namespace Nalytiq.Bench.Exporting;

/// <summary>
/// The benchmark CSV loaded once into table <c>t</c> of an in-memory DuckDB database, then written out with
/// <c>COPY t TO ...</c>: the same data in memory on both sides, only the write is timed.
/// </summary>
internal sealed class DuckDbCopy : IDisposable
{
    private readonly DuckDBConnection _connection;

    public DuckDbCopy(string csv)
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Execute($"CREATE TABLE t AS SELECT * FROM read_csv({Literal(csv)})");
    }

    /// <summary>Writes the table in DuckDB's defaults for the format (CSV with a header; Parquet with Snappy).</summary>
    public double Copy(string format, string target)
    {
        var options = format == "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet, COMPRESSION snappy";
        var stopwatch = Stopwatch.StartNew();
        Execute($"COPY t TO {Literal(target)} ({options})");
        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Rows in one side and not the other, reading <paramref name="file"/> with DuckDB's own reader.</summary>
    public long RowsDiffering(string format, string file)
    {
        var source = format == "csv" ? $"read_csv({Literal(file)})" : $"read_parquet({Literal(file)})";
        return Scalar($"SELECT (SELECT count(*) FROM (SELECT * FROM t EXCEPT ALL SELECT * FROM {source})) + (SELECT count(*) FROM (SELECT * FROM {source} EXCEPT ALL SELECT * FROM t))");
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
