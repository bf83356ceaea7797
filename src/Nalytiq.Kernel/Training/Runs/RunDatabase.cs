using Microsoft.Data.Sqlite;
using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>
/// The store's SQLite file: connections that wait for other writers, the schema brought up to date once per store, and
/// the read and write transactions every query and write runs in.
/// </summary>
internal sealed class RunDatabase : IDisposable
{
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly string _homeDirectory;
    private readonly string _connectionString;
    private readonly Func<CancellationToken, Task> _afterInitialization;
    private volatile bool _initialized;
    private bool _disposed;

    /// <param name="homeDirectory">The state folder holding <c>runs.db</c>.</param>
    /// <param name="afterInitialization">Runs once the schema is up to date (marking abandoned runs); it may use this database.</param>
    public RunDatabase(string homeDirectory, Func<CancellationToken, Task> afterInitialization)
    {
        _homeDirectory = homeDirectory;
        _afterInitialization = afterInitialization;
        Path = System.IO.Path.Combine(homeDirectory, "runs.db");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)RunStore.BusyTimeout.TotalSeconds,
        }.ToString();
    }

    /// <summary>The SQLite file.</summary>
    public string Path { get; }

    /// <summary>Runs <paramref name="work"/> in one read transaction: one consistent snapshot even while others write.</summary>
    public Task<T> ReadAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        InTransactionAsync(work, deferred: true, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one immediate (write-locking) transaction: all of it or nothing.</summary>
    /// <remarks>Immediate: the write lock is taken up front, so two writers queue instead of deadlocking on a lock upgrade.</remarks>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        InTransactionAsync(work, deferred: false, cancellationToken);

    /// <summary>Lets go of the file: pooled connections close.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _initialization.Dispose();
    }

    private async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, bool deferred, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, typeof(RunStore));
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        return await ConnectAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // busy_timeout: a writer waits for another's transaction instead of failing at once. synchronous = NORMAL
            // is safe from corruption in WAL mode; a power cut may lose only the last commits.
            await Sql.ExecuteAsync(
                connection,
                null,
                $"PRAGMA busy_timeout = {(int)RunStore.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new RunStoreException(new LocalizedText("Runs_StoreUnavailable", Path, e.Message), e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Creates the file or brings its schema up to date, then runs the after-initialization step (abandoned runs); once
    /// per store.
    /// </summary>
    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(_homeDirectory);
            var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // The journal mode is a property of the file: the first store to open it switches it for everyone.
                await Sql.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                await RunSchema.MigrateAsync(connection, Path, cancellationToken).ConfigureAwait(false);
            }

            _initialized = true;
        }
        catch (SqliteException e)
        {
            throw new RunStoreException(new LocalizedText("Runs_StoreUnavailable", Path, e.Message), e);
        }
        finally
        {
            _initialization.Release();
        }

        await _afterInitialization(cancellationToken).ConfigureAwait(false);
    }
}
