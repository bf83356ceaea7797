using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nalytiq.Localization;

namespace Nalytiq.Training;

public sealed partial class RunStore
{
    /// <summary>Starts a run in <paramref name="experiment"/> (created on first use), recording its data, tags and versions.</summary>
    public Task<RunInfo> CreateRunAsync(
        string experiment,
        string? runName = null,
        RunDataset? dataset = null,
        IReadOnlyDictionary<string, string>? tags = null,
        CancellationToken cancellationToken = default) =>
        CreateRunAsync(new RunStart { Experiment = experiment, Name = runName, Dataset = dataset, Tags = tags }, cancellationToken);

    /// <summary>Starts a run as described; it stays <see cref="RunStatus.Running"/> until <see cref="EndRunAsync"/>.</summary>
    public async Task<RunInfo> CreateRunAsync(RunStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var experiment = string.IsNullOrWhiteSpace(start.Experiment) ? DefaultExperiment : start.Experiment.Trim();
        var id = RunIds.New();
        var now = Now();
        var mlNet = start.MlNetVersion ?? MlNetVersion.Detect();
        var dataset = start.Dataset;
        await WriteAsync(
            async (connection, transaction) =>
            {
                var experimentId = await EnsureExperimentAsync(connection, transaction, experiment, now, cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO runs (id, experiment_id, name, status, start_time, dataset_name, dataset_fingerprint, dataset_schema,
                        dataset_rows, nalytiq_version, mlnet_version, owner_machine, owner_pid, owner_started, owner_session)
                    VALUES ($id, $experiment, $name, 'running', $start, $dname, $dfp, $dschema, $drows, $nalytiq, $mlnet,
                        $machine, $pid, $started, $session)
                    """,
                    cancellationToken,
                    ("$id", id),
                    ("$experiment", experimentId),
                    ("$name", string.IsNullOrWhiteSpace(start.Name) ? null : start.Name.Trim()),
                    ("$start", now),
                    ("$dname", dataset?.Name),
                    ("$dfp", dataset?.Fingerprint),
                    ("$dschema", dataset is null ? null : JsonSerializer.Serialize(dataset.Schema.ToArray(), RunJsonContext.Default.RunColumnArray)),
                    ("$drows", dataset?.Rows),
                    ("$nalytiq", Workbench.Version),
                    ("$mlnet", mlNet),
                    ("$machine", _owner.Machine),
                    ("$pid", _owner.ProcessId),
                    ("$started", _owner.ProcessStartedMs),
                    ("$session", _owner.Session)).ConfigureAwait(false);
                foreach (var (key, value) in start.Tags ?? new Dictionary<string, string>())
                {
                    await UpsertAsync(connection, transaction, "tags", id, key, value, cancellationToken).ConfigureAwait(false);
                }

                return experimentId;
            },
            cancellationToken).ConfigureAwait(false);
        return await GetRunAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new RunStoreException(new LocalizedText("Runs_NotFound", id));
    }

    /// <summary>Records parameters (a later value for the same key replaces the earlier one).</summary>
    public Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var id = RunIds.Normalize(runId);
        return WriteAsync(
            async (connection, transaction) =>
            {
                await RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                foreach (var (key, value) in parameters)
                {
                    await UpsertAsync(connection, transaction, "params", id, key, value, cancellationToken).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken);
    }

    /// <summary>Records one parameter.</summary>
    public Task LogParamAsync(string runId, string key, string value, CancellationToken cancellationToken = default) =>
        LogParamsAsync(runId, new Dictionary<string, string> { [key] = value }, cancellationToken);

    /// <summary>Records one value of a metric; a sweep logs one per trial with the trial number as <paramref name="step"/>.</summary>
    public Task LogMetricAsync(string runId, string key, double value, long step = 0, CancellationToken cancellationToken = default) =>
        LogMetricsAsync(runId, [new MetricValue(key, value, step)], cancellationToken);

    /// <summary>Records several metric values in one transaction (one timestamp for all).</summary>
    public Task LogMetricsAsync(string runId, IEnumerable<MetricValue> metrics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var id = RunIds.Normalize(runId);
        var batch = metrics.ToArray();
        var now = Now();
        return WriteAsync(
            async (connection, transaction) =>
            {
                await RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                var insert = Sql.Command(connection, transaction, "INSERT INTO metrics (run_id, key, value, step, timestamp) VALUES ($run, $key, $value, $step, $time)");
                var latest = Sql.Command(
                    connection,
                    transaction,
                    """
                    INSERT INTO latest_metrics (run_id, key, value, step, timestamp) VALUES ($run, $key, $value, $step, $time)
                    ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, step = excluded.step, timestamp = excluded.timestamp
                    WHERE excluded.step > latest_metrics.step
                       OR (excluded.step = latest_metrics.step AND excluded.timestamp >= latest_metrics.timestamp)
                    """);
                await using (insert.ConfigureAwait(false))
                await using (latest.ConfigureAwait(false))
                {
                    foreach (var metric in batch)
                    {
                        ArgumentException.ThrowIfNullOrWhiteSpace(metric.Key);
                        foreach (var command in new[] { insert, latest })
                        {
                            command.Parameters.Clear();
                            command.Parameters.AddWithValue("$run", id);
                            command.Parameters.AddWithValue("$key", metric.Key);
                            command.Parameters.AddWithValue("$value", double.IsNaN(metric.Value) ? DBNull.Value : metric.Value);
                            command.Parameters.AddWithValue("$step", metric.Step);
                            command.Parameters.AddWithValue("$time", now);
                            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                }

                return 0;
            },
            cancellationToken);
    }

    /// <summary>Sets (or replaces) a tag.</summary>
    public Task SetTagAsync(string runId, string key, string value, CancellationToken cancellationToken = default)
    {
        var id = RunIds.Normalize(runId);
        return WriteAsync(
            async (connection, transaction) =>
            {
                await RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                await UpsertAsync(connection, transaction, "tags", id, key, value, cancellationToken).ConfigureAwait(false);
                return 0;
            },
            cancellationToken);
    }

    private static async Task<long> EnsureExperimentAsync(SqliteConnection connection, SqliteTransaction transaction, string name, long now, CancellationToken cancellationToken)
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

    private static Task<int> UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string runId, string key, string value, CancellationToken cancellationToken)
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

    private static async Task<RunStatus> RequireRunAsync(SqliteConnection connection, SqliteTransaction transaction, string runId, CancellationToken cancellationToken)
    {
        var status = await Sql.ScalarAsync(connection, transaction, "SELECT status FROM runs WHERE id = $id", cancellationToken, ("$id", runId)).ConfigureAwait(false);
        return status is string text
            ? RunStatuses.Parse(text)
            : throw new RunStoreException(new LocalizedText("Runs_NotFound", runId));
    }
}
