using Microsoft.Data.Sqlite;
using Nalytiq.Localization;

namespace Nalytiq.Training;

public sealed partial class RunStore
{
    /// <summary>
    /// The schema, one script per version (<c>PRAGMA user_version</c>). Append a script to change it; never edit one
    /// that has shipped. Times are Unix milliseconds (UTC).
    /// </summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE experiments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL);
        CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            experiment_id INTEGER NOT NULL REFERENCES experiments(id),
            name TEXT,
            status TEXT NOT NULL,
            start_time INTEGER NOT NULL,
            end_time INTEGER,
            error TEXT,
            dataset_name TEXT,
            dataset_fingerprint TEXT,
            dataset_schema TEXT,
            dataset_rows INTEGER,
            nalytiq_version TEXT NOT NULL,
            mlnet_version TEXT,
            owner_machine TEXT NOT NULL,
            owner_pid INTEGER NOT NULL,
            owner_started INTEGER NOT NULL,
            owner_session TEXT NOT NULL);
        CREATE INDEX runs_by_start ON runs(start_time DESC);
        CREATE INDEX runs_by_experiment ON runs(experiment_id, start_time DESC);
        CREATE INDEX runs_by_status ON runs(status, start_time DESC);
        CREATE INDEX runs_by_name ON runs(name, start_time DESC);
        CREATE TABLE params (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (run_id, key)) WITHOUT ROWID;
        CREATE TABLE tags (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (run_id, key)) WITHOUT ROWID;
        CREATE INDEX tags_by_key ON tags(key, value);
        CREATE TABLE metrics (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value REAL,
            step INTEGER NOT NULL,
            timestamp INTEGER NOT NULL);
        CREATE INDEX metrics_by_run ON metrics(run_id, key, step);
        CREATE TABLE latest_metrics (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value REAL,
            step INTEGER NOT NULL,
            timestamp INTEGER NOT NULL,
            PRIMARY KEY (run_id, key)) WITHOUT ROWID;
        CREATE INDEX latest_metrics_by_key ON latest_metrics(key, value);
        CREATE TABLE artifacts (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY (run_id, path)) WITHOUT ROWID;
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int SchemaVersion => Migrations.Length;

    /// <summary>
    /// Creates the file or brings its schema up to date, then marks runs abandoned by processes that went away; once
    /// per store. The migration runs in one immediate transaction, so two processes opening a new file at once
    /// create the schema once.
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

            Directory.CreateDirectory(HomeDirectory);
            var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // The journal mode is a property of the file: the first store to open it switches it for everyone.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            _initialized = true;
        }
        catch (SqliteException e)
        {
            throw new RunStoreException(new LocalizedText("Runs_StoreUnavailable", DatabasePath, e.Message), e);
        }
        finally
        {
            _initialization.Release();
        }

        await MarkAbandonedAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.Transaction = transaction;
                command.CommandText = "PRAGMA user_version;";
                var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                if (version > Migrations.Length)
                {
                    throw new RunStoreException(new LocalizedText("Runs_SchemaTooNew", DatabasePath, version, Migrations.Length));
                }

                for (var next = version; next < Migrations.Length; next++)
                {
                    await ExecuteAsync(connection, transaction, Migrations[next], cancellationToken).ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {next + 1};", cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
