using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Nalytiq.Training;

/// <summary>
/// Reads runs with their params, latest metrics and tags in a fixed number of queries however many runs there are:
/// one for the runs, then one per child table over the ids (passed as one JSON array), never one per run.
/// </summary>
internal static class RunReader
{
    public const string Columns = """
        r.id, e.name, e.id, r.name, r.status, r.start_time, r.end_time, r.error, r.dataset_name, r.dataset_fingerprint,
        r.dataset_schema, r.dataset_rows, r.nalytiq_version, r.mlnet_version
        """;

    /// <summary>Runs selected by <paramref name="query"/>, whose select list must be <see cref="Columns"/> over <c>runs r JOIN experiments e</c>.</summary>
    public static async Task<IReadOnlyList<RunInfo>> ReadAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        SqliteCommand query,
        bool withParams,
        bool withArtifacts,
        CancellationToken cancellationToken)
    {
        var runs = new List<RunInfo>();
        var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                runs.Add(ReadRun(reader));
            }
        }

        if (runs.Count == 0)
        {
            return runs;
        }

        var ids = Sql.JsonArray(runs.Select(r => r.Id));
        var metrics = new Dictionary<string, Dictionary<string, MetricPoint>>();
        await ForEachAsync(connection, transaction, "SELECT run_id, key, value, step, timestamp FROM latest_metrics", ids, r =>
            Child(metrics, r.GetString(0))[r.GetString(1)] = ReadPoint(r, 1), cancellationToken).ConfigureAwait(false);
        var parameters = new Dictionary<string, Dictionary<string, string>>();
        if (withParams)
        {
            await ForEachAsync(connection, transaction, "SELECT run_id, key, value FROM params", ids, r =>
                Child(parameters, r.GetString(0))[r.GetString(1)] = r.GetString(2), cancellationToken).ConfigureAwait(false);
        }

        var tags = new Dictionary<string, Dictionary<string, string>>();
        await ForEachAsync(connection, transaction, "SELECT run_id, key, value FROM tags", ids, r =>
            Child(tags, r.GetString(0))[r.GetString(1)] = r.GetString(2), cancellationToken).ConfigureAwait(false);
        var artifacts = new Dictionary<string, List<RunArtifact>>();
        if (withArtifacts)
        {
            await ForEachAsync(connection, transaction, "SELECT run_id, path, size FROM artifacts", ids, r =>
            {
                if (!artifacts.TryGetValue(r.GetString(0), out var list))
                {
                    artifacts[r.GetString(0)] = list = [];
                }

                list.Add(new RunArtifact(r.GetString(1), r.GetInt64(2)));
            }, cancellationToken).ConfigureAwait(false);
        }

        return
        [
            .. runs.Select(run => run with
            {
                Metrics = metrics.GetValueOrDefault(run.Id) ?? (IReadOnlyDictionary<string, MetricPoint>)run.Metrics,
                Params = parameters.GetValueOrDefault(run.Id) ?? (IReadOnlyDictionary<string, string>)run.Params,
                Tags = tags.GetValueOrDefault(run.Id) ?? (IReadOnlyDictionary<string, string>)run.Tags,
                Artifacts = artifacts.TryGetValue(run.Id, out var files) ? [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)] : run.Artifacts,
            }),
        ];
    }

    public static MetricPoint ReadPoint(SqliteDataReader reader, int first) => new(
        reader.GetString(first),
        reader.IsDBNull(first + 1) ? double.NaN : reader.GetDouble(first + 1),
        reader.GetInt64(first + 2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(first + 3)));

    private static RunInfo ReadRun(SqliteDataReader r)
    {
        RunDataset? dataset = null;
        if (!r.IsDBNull(8))
        {
            var schema = r.IsDBNull(10) ? [] : JsonSerializer.Deserialize(r.GetString(10), RunJsonContext.Default.RunColumnArray) ?? [];
            dataset = new RunDataset(r.GetString(8), r.IsDBNull(9) ? string.Empty : r.GetString(9), schema, r.IsDBNull(11) ? 0 : r.GetInt64(11));
        }

        return new RunInfo(
            r.GetString(0),
            r.GetString(1),
            r.GetInt64(2),
            r.IsDBNull(3) ? null : r.GetString(3),
            RunStatuses.Parse(r.GetString(4)),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)),
            r.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
            r.IsDBNull(7) ? null : r.GetString(7),
            dataset,
            r.GetString(12),
            r.IsDBNull(13) ? null : r.GetString(13));
    }

    private static Dictionary<string, TValue> Child<TValue>(Dictionary<string, Dictionary<string, TValue>> all, string runId)
    {
        if (!all.TryGetValue(runId, out var child))
        {
            all[runId] = child = new Dictionary<string, TValue>(StringComparer.Ordinal);
        }

        return child;
    }

    private static async Task ForEachAsync(SqliteConnection connection, SqliteTransaction transaction, string select, string ids, Action<SqliteDataReader> row, CancellationToken cancellationToken)
    {
        var command = Sql.Command(connection, transaction, select + " WHERE run_id IN (SELECT value FROM json_each($ids))", ("$ids", ids));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    row(reader);
                }
            }
        }
    }
}
