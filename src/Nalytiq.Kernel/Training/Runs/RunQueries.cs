using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Nalytiq.Training;

/// <summary>Reads runs, their counts and their metric histories, each in one read transaction.</summary>
internal sealed class RunQueries(RunDatabase database)
{
    private readonly RunDatabase _database = database;

    /// <summary>Runs matching <paramref name="query"/>, newest first or best first by a metric, with params, latest metrics and tags.</summary>
    public Task<IReadOnlyList<RunInfo>> ListRunsAsync(RunQuery? query, CancellationToken cancellationToken)
    {
        query ??= new RunQuery();
        return _database.ReadAsync(
            (connection, transaction) =>
            {
                var command = RunFilter.Command(connection, transaction, query, $"SELECT {RunReader.Columns}", ordered: true);
                return ReadRunsAsync(connection, transaction, command, query.IncludeParams, withArtifacts: false, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>How many runs match <paramref name="query"/>, ignoring its limit.</summary>
    public Task<int> CountRunsAsync(RunQuery? query, CancellationToken cancellationToken)
    {
        query ??= new RunQuery();
        return _database.ReadAsync(
            async (connection, transaction) =>
            {
                var command = RunFilter.Command(connection, transaction, query, "SELECT count(*)", ordered: false);
                await using (command.ConfigureAwait(false))
                {
                    return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                }
            },
            cancellationToken);
    }

    /// <summary>One run by its full id, with artifacts; null when there is none.</summary>
    public async Task<RunInfo?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        var id = RunIds.Normalize(runId);
        var runs = await GetRunsAsync([id], cancellationToken).ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>Every logged value of one metric of a run (or of all its metrics when <paramref name="key"/> is null), by step.</summary>
    public Task<IReadOnlyList<MetricPoint>> GetMetricHistoryAsync(string runId, string? key, CancellationToken cancellationToken)
    {
        var id = RunIds.Normalize(runId);
        return _database.ReadAsync<IReadOnlyList<MetricPoint>>(
            async (connection, transaction) =>
            {
                var command = Sql.Command(
                    connection,
                    transaction,
                    "SELECT key, value, step, timestamp FROM metrics WHERE run_id = $id AND ($key IS NULL OR key = $key) ORDER BY key, step, timestamp, rowid",
                    ("$id", id),
                    ("$key", key));
                var points = new List<MetricPoint>();
                await using (command.ConfigureAwait(false))
                {
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            points.Add(RunReader.ReadPoint(reader, 0));
                        }
                    }
                }

                return points;
            },
            cancellationToken);
    }

    /// <summary>The runs with these full ids (in no particular order), with params and artifacts.</summary>
    public Task<IReadOnlyList<RunInfo>> GetRunsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        _database.ReadAsync(
            (connection, transaction) =>
            {
                var command = Sql.Command(
                    connection,
                    transaction,
                    $"SELECT {RunReader.Columns} FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE r.id IN (SELECT value FROM json_each($ids))",
                    ("$ids", Sql.JsonArray(ids)));
                return ReadRunsAsync(connection, transaction, command, withParams: true, withArtifacts: true, cancellationToken);
            },
            cancellationToken);

    private static async Task<IReadOnlyList<RunInfo>> ReadRunsAsync(SqliteConnection connection, SqliteTransaction transaction, SqliteCommand command, bool withParams, bool withArtifacts, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return await RunReader.ReadAsync(connection, transaction, command, withParams, withArtifacts, cancellationToken).ConfigureAwait(false);
        }
    }
}
