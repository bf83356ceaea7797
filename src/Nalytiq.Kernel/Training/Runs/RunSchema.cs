using System.Globalization;
using Microsoft.Data.Sqlite;
using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>The store's schema and its migration to the version this code writes.</summary>
internal static class RunSchema
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
    public static int Version => Migrations.Length;

    /// <summary>
    /// Brings the file's schema (<c>PRAGMA user_version</c>) up to <see cref="Version"/> in one immediate transaction, so
    /// two processes opening a new file at once create the schema once.
    /// </summary>
    /// <exception cref="RunStoreException">The file was written by a newer version.</exception>
    public static async Task MigrateAsync(SqliteConnection connection, string databasePath, CancellationToken cancellationToken)
    {
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            var current = Convert.ToInt32(await Sql.ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (current > Migrations.Length)
            {
                throw new RunStoreException(new LocalizedText("Runs_SchemaTooNew", databasePath, current, Migrations.Length));
            }

            for (var next = current; next < Migrations.Length; next++)
            {
                await Sql.ExecuteAsync(connection, transaction, Migrations[next], cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(connection, transaction, $"PRAGMA user_version = {next + 1};", cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
