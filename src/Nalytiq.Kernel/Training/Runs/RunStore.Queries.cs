using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Nalytiq.Training;

public sealed partial class RunStore
{
    /// <summary>Runs matching <paramref name="query"/>, newest first or best first by a metric, with params, latest metrics and tags.</summary>
    public Task<IReadOnlyList<RunInfo>> ListRunsAsync(RunQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new RunQuery();
        return ReadAsync(
            (connection, transaction) =>
            {
                var command = Filtered(connection, transaction, query, $"SELECT {RunReader.Columns}", ordered: true);
                return ReadRunsAsync(connection, transaction, command, query.IncludeParams, withArtifacts: false, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>How many runs match <paramref name="query"/>, ignoring its limit.</summary>
    public Task<int> CountRunsAsync(RunQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new RunQuery();
        return ReadAsync(
            async (connection, transaction) =>
            {
                var command = Filtered(connection, transaction, query, "SELECT count(*)", ordered: false);
                await using (command.ConfigureAwait(false))
                {
                    return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                }
            },
            cancellationToken);
    }

    /// <summary>One run by its full id, with artifacts; null when there is none.</summary>
    public async Task<RunInfo?> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        var id = RunIds.Normalize(runId);
        var runs = await GetRunsAsync([id], cancellationToken).ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>Every logged value of one metric of a run (or of all its metrics when <paramref name="key"/> is null), by step.</summary>
    public Task<IReadOnlyList<MetricPoint>> GetMetricHistoryAsync(string runId, string? key = null, CancellationToken cancellationToken = default)
    {
        var id = RunIds.Normalize(runId);
        return ReadAsync<IReadOnlyList<MetricPoint>>(
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

    /// <summary>
    /// Runs side by side (ids or unique prefixes, in the order given), with the union of their params and metrics.
    /// </summary>
    /// <exception cref="RunStoreException">An id matches no run, or more than one.</exception>
    public async Task<RunComparison> CompareAsync(IReadOnlyList<string> runIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var ids = new List<string>(runIds.Count);
        foreach (var reference in runIds)
        {
            ids.Add(await ResolveIdAsync(reference, cancellationToken).ConfigureAwait(false));
        }

        var byId = (await GetRunsAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        var runs = ids.Distinct().Select(id => byId[id]).ToArray();
        var headline = runs.Select(r => r.HeadlineMetric).FirstOrDefault(h => h is not null);
        var metricKeys = runs.SelectMany(r => r.Metrics.Keys).Distinct()
            .OrderBy(k => k == headline ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal).ToArray();
        var paramKeys = runs.SelectMany(r => r.Params.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var comparison = new RunComparison(runs, paramKeys, metricKeys);
        return comparison with { ParamKeys = [.. paramKeys.OrderBy(k => comparison.Differs(k) ? 0 : 1)] };
    }

    private Task<IReadOnlyList<RunInfo>> GetRunsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        ReadAsync(
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

    /// <summary>The query's filter (and order and limit) as SQL; every value is a parameter.</summary>
    private static SqliteCommand Filtered(SqliteConnection connection, SqliteTransaction transaction, RunQuery query, string select, bool ordered)
    {
        var sql = new StringBuilder(select).Append(" FROM runs r JOIN experiments e ON e.id = r.experiment_id");
        var metric = ordered ? query.OrderByMetric : null;
        if (metric is not null)
        {
            sql.Append(" LEFT JOIN latest_metrics o ON o.run_id = r.id AND o.key = $metric");
        }

        var conditions = new List<string>();
        if (query.Experiment is not null)
        {
            conditions.Add("r.experiment_id = (SELECT id FROM experiments WHERE name = $experiment)");
        }

        if (query.Status is not null)
        {
            conditions.Add("r.status = $status");
        }

        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }

        if (ordered)
        {
            sql.Append(" ORDER BY ");
            if (metric is not null)
            {
                var lower = query.LowerIsBetter ?? MetricDirection.LowerIsBetter(metric);
                sql.Append("o.value IS NULL, o.value ").Append(lower ? "ASC" : "DESC").Append(", ");
            }

            sql.Append("r.start_time DESC, r.id LIMIT $limit");
        }

        return Sql.Command(
            connection,
            transaction,
            sql.ToString(),
            ("$metric", metric),
            ("$experiment", query.Experiment?.Trim()),
            ("$status", query.Status is { } status ? RunStatuses.ToText(status) : null),
            ("$limit", Math.Max(0, query.Limit)));
    }

    /// <summary>Runs <paramref name="work"/> in one read transaction: one consistent snapshot even while others write.</summary>
    private async Task<T> ReadAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }
}
