using Microsoft.Data.Sqlite;
using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>Row-level steps the writers share inside their transactions.</summary>
internal static class RunRows
{
    /// <summary>A time as the store keeps it: Unix milliseconds, UTC.</summary>
    public static long Now(TimeProvider clock) => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>The experiment's id, creating it on first use.</summary>
    public static async Task<long> EnsureExperimentAsync(SqliteConnection connection, SqliteTransaction transaction, string name, long now, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO experiments (name, created_at) VALUES ($name, $now) ON CONFLICT (name) DO NOTHING",
            cancellationToken,
            ("$name", name),
            ("$now", now)).ConfigureAwait(false);
        return (long)(await Sql.ScalarAsync(connection, transaction, "SELECT id FROM experiments WHERE name = $name", cancellationToken, ("$name", name)).ConfigureAwait(false))!;
    }

    /// <summary>Sets a key of a run's <c>params</c> or <c>tags</c>, replacing an earlier value.</summary>
    public static Task<int> UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string runId, string key, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        return Sql.ExecuteAsync(
            connection,
            transaction,
            $"INSERT INTO {table} (run_id, key, value) VALUES ($run, $key, $value) ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value",
            cancellationToken,
            ("$run", runId),
            ("$key", key),
            ("$value", value));
    }

    /// <summary>The run's status.</summary>
    /// <exception cref="RunStoreException">There is no such run.</exception>
    public static async Task<RunStatus> RequireRunAsync(SqliteConnection connection, SqliteTransaction transaction, string runId, CancellationToken cancellationToken)
    {
        var status = await Sql.ScalarAsync(connection, transaction, "SELECT status FROM runs WHERE id = $id", cancellationToken, ("$id", runId)).ConfigureAwait(false);
        return status is string text
            ? RunStatuses.Parse(text)
            : throw new RunStoreException(new LocalizedText("Runs_NotFound", runId));
    }
}
