using DuckDB.NET.Data;

namespace Nalytiq.Bench.Engines;

/// <summary>
/// DuckDB's reader for the file's format (<see cref="DuckDbReaders"/>), materialized into a table of a fresh in-memory
/// database so that, like a frame, the whole file ends up parsed and held in memory (a bare <c>SELECT</c> would stream
/// and could skip work).
/// </summary>
internal sealed class DuckDbEngine : IEngine
{
    public string Name => "duckdb";

    public Task<ILoadedTable> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE t AS SELECT * FROM {DuckDbReaders.For(path)}({DuckDbTable.Literal(Path.GetFullPath(path))})";
            command.ExecuteNonQuery();
            return Task.FromResult<ILoadedTable>(new DuckDbTable(connection));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
