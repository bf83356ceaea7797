using System.Data.Common;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// An in-memory DuckDB connection that runs <c>read_parquet</c> and copies the result chunk by chunk, vector by vector,
/// into our columns (DuckDB.NET's native bindings, no per-cell calls). Errors surface as <see cref="DuckDbFailure"/>.
/// </summary>
internal sealed unsafe class DuckDbParquetReader : IDisposable
{
    private const int ChunksPerProgress = 32;

    private readonly DuckDBConnection _connection;
    private readonly string _literal;
    private readonly string _source;

    public DuckDbParquetReader(string path)
    {
        Path = path;
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();

        // Offline and reproducible: never fetch an extension, always UTC.
        Execute("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; SET TimeZone = 'UTC';");
        _literal = ParquetProjection.Literal(path);
        _source = $"read_parquet({_literal})";
    }

    public string Path { get; }

    /// <summary>Rows the file declares in its footer, for progress and buffer sizes.</summary>
    public long DeclaredRows()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT CAST(COALESCE(SUM(num_rows), 0) AS BIGINT) FROM parquet_file_metadata({_literal})";
        return Convert.ToInt64(Run(command.ExecuteScalar), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The columns our export wrote as 100 ns ticks, named in the file's key-value metadata.</summary>
    public HashSet<string> TimeTickColumns()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT decode(value) FROM parquet_kv_metadata({_literal}) WHERE decode(key) = {ParquetProjection.Literal(ParquetProjection.TimeTicksKey)} LIMIT 1";
        var names = Run(command.ExecuteScalar) is string json ? TryParse(json) : null;
        return new HashSet<string>(names ?? [], StringComparer.Ordinal);

        // Metadata some other writer put under our key is ignored rather than trusted half-way.
        static string[]? TryParse(string json)
        {
            try
            {
                return System.Text.Json.JsonSerializer.Deserialize(json, ParquetJsonContext.Default.StringArray);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The columns DuckDB reads from the file: name, type and (for decimals) scale.</summary>
    public List<(string Name, DuckDBType Type, int Scale)> Describe()
    {
        var columns = new List<(string, DuckDBType, int)>();
        Query($"SELECT * FROM {_source} LIMIT 0", (ref DuckDBResult result) =>
        {
            var count = (long)NativeMethods.Query.DuckDBColumnCount(ref result);
            for (var i = 0L; i < count; i++)
            {
                var type = NativeMethods.Query.DuckDBColumnType(ref result, i);
                var scale = 0;
                if (type == DuckDBType.Decimal)
                {
                    using var logical = NativeMethods.Query.DuckDBColumnLogicalType(ref result, i);
                    scale = NativeMethods.LogicalType.DuckDBDecimalScale(logical);
                }

                columns.Add((NativeMethods.Query.DuckDBColumnName(ref result, i), type, scale));
            }
        });
        return columns;
    }

    /// <summary>Streams <c>SELECT expressions FROM read_parquet(...)</c> into <paramref name="columns"/>.</summary>
    public void Read(IReadOnlyList<(string Sql, VectorColumn Column)> columns, Action<long> rowsRead, CancellationToken cancellationToken)
    {
        if (columns.Count == 0)
        {
            return;
        }

        var sql = $"SELECT {string.Join(", ", columns.Select(c => c.Sql))} FROM {_source}";
        using var interrupt = cancellationToken.Register(() => _connection.NativeConnection.Interrupt());
        using var statement = Prepare(sql, cancellationToken);
        if (NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(statement, out var result) != DuckDBState.Success)
        {
            Fail(ref result, cancellationToken);
        }

        try
        {
            long rows = 0;
            for (var chunks = 1; ; chunks++)
            {
                using var chunk = NativeMethods.Query.DuckDBFetchChunk(result);
                var size = chunk.IsInvalid ? 0 : (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(chunk);
                if (size == 0)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                for (var c = 0; c < columns.Count; c++)
                {
                    columns[c].Column.Append(NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, c), size);
                }

                rows += size;
                if (chunks % ChunksPerProgress == 0)
                {
                    rowsRead(rows);
                }
            }

            if (NativeMethods.Query.DuckDBResultError(ref result) is { Length: > 0 })
            {
                Fail(ref result, cancellationToken);
            }
        }
        finally
        {
            NativeMethods.Query.DuckDBDestroyResult(ref result);
        }
    }

    public void Dispose() => _connection.Dispose();

    private static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DbException e)
        {
            throw new DuckDbFailure(e.Message, e);
        }
    }

    private static void Fail(ref DuckDBResult result, CancellationToken cancellationToken)
    {
        var message = NativeMethods.Query.DuckDBResultError(ref result) ?? "DuckDB failed.";
        NativeMethods.Query.DuckDBDestroyResult(ref result);
        cancellationToken.ThrowIfCancellationRequested();
        throw new DuckDbFailure(message);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        Run(command.ExecuteNonQuery);
    }

    private DuckDBPreparedStatement Prepare(string sql, CancellationToken cancellationToken)
    {
        if (NativeMethods.PreparedStatements.DuckDBPrepare(_connection.NativeConnection, sql, out var statement) != DuckDBState.Success)
        {
            var message = NativeMethods.PreparedStatements.DuckDBPrepareError(statement);
            statement.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            throw new DuckDbFailure(message);
        }

        return statement;
    }

    private void Query(string sql, ResultAction action)
    {
        if (NativeMethods.Query.DuckDBQuery(_connection.NativeConnection, sql, out var result) != DuckDBState.Success)
        {
            Fail(ref result, CancellationToken.None);
        }

        try
        {
            action(ref result);
        }
        finally
        {
            NativeMethods.Query.DuckDBDestroyResult(ref result);
        }
    }

    private delegate void ResultAction(ref DuckDBResult result);
}
