using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>
/// Training runs recorded the way MLflow records them (experiments, runs, params, metrics with steps, tags, input
/// dataset, artifacts), in a SQLite file (<c>runs.db</c>, write-ahead log) beside an artifact folder per run
/// (<c>runs/&lt;id&gt;/</c>). Several stores, in one process or several, may write the same file at once: every write is
/// one immediate transaction, and writers wait for each other rather than fail.
/// </summary>
public sealed partial class RunStore : IDisposable
{
    /// <summary>The experiment of runs that do not name one.</summary>
    public const string DefaultExperiment = "Default";

    // Sessions (store instances) alive in this process: a run owned by this process but by none of these was left
    // running by a kernel that has since been disposed.
    private static readonly ConcurrentDictionary<string, byte> LiveSessions = new();

    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly RunOwner _owner;
    private volatile bool _initialized;
    private bool _disposed;

    /// <summary>Opens (on first use, creating it if needed) the store under <paramref name="homeDirectory"/>.</summary>
    /// <param name="homeDirectory">The state folder, normally <see cref="WorkbenchOptions.HomeDirectory"/> (<c>.nalytiq/</c>).</param>
    /// <param name="timeProvider">The clock for run and metric timestamps.</param>
    public RunStore(string homeDirectory, TimeProvider? timeProvider = null)
        : this(homeDirectory, timeProvider, RunOwner.ForNewSession())
    {
    }

    internal RunStore(string homeDirectory, TimeProvider? timeProvider, RunOwner owner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(homeDirectory);
        HomeDirectory = Path.GetFullPath(homeDirectory);
        DatabasePath = Path.Combine(HomeDirectory, "runs.db");
        _clock = timeProvider ?? TimeProvider.System;
        _owner = owner;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
        LiveSessions[_owner.Session] = 0;
    }

    /// <summary>How long a writer waits for another to finish before giving up.</summary>
    public static TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The state folder the store lives in.</summary>
    public string HomeDirectory { get; }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// The folder for a run's files (model <c>.zip</c>, <c>params.json</c>, <c>metrics.json</c>), created if needed.
    /// Files written there are listed with the run once registered with <see cref="RegisterArtifactAsync"/>.
    /// </summary>
    public string ArtifactDirectory(string runId)
    {
        var id = RunIds.Normalize(runId);
        var directory = Path.Combine(HomeDirectory, "runs", id);
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Lets go of the database file (pooled connections close) and of this store's session.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        LiveSessions.TryRemove(_owner.Session, out _);
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _initialization.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
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
            await ExecuteAsync(
                connection,
                null,
                $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new RunStoreException(new LocalizedText("Runs_StoreUnavailable", DatabasePath, e.Message), e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one immediate (write-locking) transaction: all of it or nothing.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Immediate: take the write lock up front, so two writers queue instead of deadlocking on a lock upgrade.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
