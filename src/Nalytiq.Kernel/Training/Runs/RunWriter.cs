using System.Text.Json;

namespace Nalytiq.Training;

/// <summary>Starts runs and records their params, metrics, tags and end, each call one write transaction.</summary>
internal sealed class RunWriter(RunDatabase database, TimeProvider clock, RunOwner owner)
{
    private readonly RunDatabase _database = database;
    private readonly TimeProvider _clock = clock;
    private readonly RunOwner _owner = owner;

    /// <summary>Starts a run as described, <see cref="RunStatus.Running"/>; returns its id.</summary>
    public async Task<string> CreateRunAsync(RunStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var experiment = string.IsNullOrWhiteSpace(start.Experiment) ? RunStore.DefaultExperiment : start.Experiment.Trim();
        var id = RunIds.New();
        var now = RunRows.Now(_clock);
        var mlNet = start.MlNetVersion ?? MlNetVersion.Detect();
        var dataset = start.Dataset;
        await _database.WriteAsync(
            async (connection, transaction) =>
            {
                var experimentId = await RunRows.EnsureExperimentAsync(connection, transaction, experiment, now, cancellationToken).ConfigureAwait(false);
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
                    await RunRows.UpsertAsync(connection, transaction, "tags", id, key, value, cancellationToken).ConfigureAwait(false);
                }

                return experimentId;
            },
            cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Records parameters (a later value for the same key replaces the earlier one).</summary>
    public Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var id = RunIds.Normalize(runId);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await RunRows.RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                foreach (var (key, value) in parameters)
                {
                    await RunRows.UpsertAsync(connection, transaction, "params", id, key, value, cancellationToken).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken);
    }

    /// <summary>Records several metric values in one transaction (one timestamp for all).</summary>
    public Task LogMetricsAsync(string runId, IEnumerable<MetricValue> metrics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var id = RunIds.Normalize(runId);
        var batch = metrics.ToArray();
        var now = RunRows.Now(_clock);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await RunRows.RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
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
    public Task SetTagAsync(string runId, string key, string value, CancellationToken cancellationToken)
    {
        var id = RunIds.Normalize(runId);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await RunRows.RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                await RunRows.UpsertAsync(connection, transaction, "tags", id, key, value, cancellationToken).ConfigureAwait(false);
                return 0;
            },
            cancellationToken);
    }

    /// <summary>Sets a run's final status, end time and error.</summary>
    public Task EndAsync(string runId, RunStatus status, string? error, CancellationToken cancellationToken)
    {
        var id = RunIds.Normalize(runId);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await RunRows.RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                return await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE runs SET status = $status, end_time = $end, error = $error WHERE id = $id",
                    cancellationToken,
                    ("$id", id),
                    ("$status", RunStatuses.ToText(status)),
                    ("$end", RunRows.Now(_clock)),
                    ("$error", error)).ConfigureAwait(false);
            },
            cancellationToken);
    }
}
