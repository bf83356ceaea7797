using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>
/// Training runs recorded the way MLflow records them (experiments, runs, params, metrics with steps, tags, input
/// dataset, artifacts), in a SQLite file (<c>runs.db</c>, write-ahead log) beside an artifact folder per run
/// (<c>runs/&lt;id&gt;/</c>). Several stores, in one process or several, may write the same file at once: every write is
/// one immediate transaction, and writers wait for each other rather than fail.
/// </summary>
/// <remarks>
/// The store composes its parts: <see cref="RunDatabase"/> (connections, transactions, <see cref="RunSchema"/>),
/// <see cref="RunWriter"/>, <see cref="RunQueries"/>, <see cref="RunLookup"/>, <see cref="RunArtifacts"/> and
/// <see cref="AbandonedRuns"/>.
/// </remarks>
public sealed class RunStore : IDisposable
{
    /// <summary>The experiment of runs that do not name one.</summary>
    public const string DefaultExperiment = "Default";

    private readonly RunDatabase _database;
    private readonly AbandonedRuns _abandoned;
    private readonly RunWriter _writer;
    private readonly RunQueries _queries;
    private readonly RunLookup _lookup;
    private readonly RunArtifacts _artifacts;

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
        var clock = timeProvider ?? TimeProvider.System;

        // Abandoned runs are marked once, when the schema is first known to be up to date.
        _database = new RunDatabase(HomeDirectory, cancellationToken => MarkAbandonedAsync(cancellationToken));
        _abandoned = new AbandonedRuns(_database, clock, owner);
        _writer = new RunWriter(_database, clock, owner);
        _queries = new RunQueries(_database);
        _lookup = new RunLookup(_database, _queries);
        _artifacts = new RunArtifacts(_database, HomeDirectory);
    }

    /// <summary>How long a writer waits for another to finish before giving up.</summary>
    public static TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The schema version this code writes.</summary>
    public static int SchemaVersion => RunSchema.Version;

    /// <summary>The state folder the store lives in.</summary>
    public string HomeDirectory { get; }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>
    /// The folder for a run's files (model <c>.zip</c>, <c>params.json</c>, <c>metrics.json</c>), created if needed.
    /// Files written there are listed with the run once registered with <see cref="RegisterArtifactAsync"/>.
    /// </summary>
    public string ArtifactDirectory(string runId) => _artifacts.Directory(runId);

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
        var id = await _writer.CreateRunAsync(start, cancellationToken).ConfigureAwait(false);
        return await GetRunAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new RunStoreException(new LocalizedText("Runs_NotFound", id));
    }

    /// <summary>Records parameters (a later value for the same key replaces the earlier one).</summary>
    public Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default) =>
        _writer.LogParamsAsync(runId, parameters, cancellationToken);

    /// <summary>Records one parameter.</summary>
    public Task LogParamAsync(string runId, string key, string value, CancellationToken cancellationToken = default) =>
        LogParamsAsync(runId, new Dictionary<string, string> { [key] = value }, cancellationToken);

    /// <summary>Records one value of a metric; a sweep logs one per trial with the trial number as <paramref name="step"/>.</summary>
    public Task LogMetricAsync(string runId, string key, double value, long step = 0, CancellationToken cancellationToken = default) =>
        LogMetricsAsync(runId, [new MetricValue(key, value, step)], cancellationToken);

    /// <summary>Records several metric values in one transaction (one timestamp for all).</summary>
    public Task LogMetricsAsync(string runId, IEnumerable<MetricValue> metrics, CancellationToken cancellationToken = default) =>
        _writer.LogMetricsAsync(runId, metrics, cancellationToken);

    /// <summary>Sets (or replaces) a tag.</summary>
    public Task SetTagAsync(string runId, string key, string value, CancellationToken cancellationToken = default) =>
        _writer.SetTagAsync(runId, key, value, cancellationToken);

    /// <summary>Records a file already written under <see cref="ArtifactDirectory"/> as one of the run's artifacts.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="relativePath">The file's path relative to the run's folder, e.g. <c>model.zip</c>.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="RunStoreException">The file does not exist, or the path leaves the run's folder.</exception>
    public Task<RunArtifact> RegisterArtifactAsync(string runId, string relativePath, CancellationToken cancellationToken = default) =>
        _artifacts.RegisterAsync(runId, relativePath, cancellationToken);

    /// <summary>
    /// Ends a run: its status, end time and error, then <c>params.json</c> and <c>metrics.json</c> (latest values and
    /// every step) written to its folder and registered as artifacts.
    /// </summary>
    /// <param name="runId">The run.</param>
    /// <param name="status">Completed, failed or cancelled.</param>
    /// <param name="error">Why it failed, or a note on the cancellation.</param>
    /// <param name="cancellationToken">Stops the write. A run being cancelled should be ended with a token that is not.</param>
    public async Task<RunInfo> EndRunAsync(string runId, RunStatus status, string? error = null, CancellationToken cancellationToken = default)
    {
        if (status == RunStatus.Running)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A run ends completed, failed or cancelled.");
        }

        var id = RunIds.Normalize(runId);
        await _writer.EndAsync(id, status, error, cancellationToken).ConfigureAwait(false);
        var run = await GetRunAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RunStoreException(new LocalizedText("Runs_NotFound", id));
        var history = await GetMetricHistoryAsync(id, null, cancellationToken).ConfigureAwait(false);
        await _artifacts.WriteSummaryAsync(run, history, cancellationToken).ConfigureAwait(false);
        return await GetRunAsync(id, cancellationToken).ConfigureAwait(false) ?? run;
    }

    /// <summary>Runs matching <paramref name="query"/>, newest first or best first by a metric, with params, latest metrics and tags.</summary>
    public Task<IReadOnlyList<RunInfo>> ListRunsAsync(RunQuery? query = null, CancellationToken cancellationToken = default) =>
        _queries.ListRunsAsync(query, cancellationToken);

    /// <summary>How many runs match <paramref name="query"/>, ignoring its limit.</summary>
    public Task<int> CountRunsAsync(RunQuery? query = null, CancellationToken cancellationToken = default) =>
        _queries.CountRunsAsync(query, cancellationToken);

    /// <summary>One run by its full id, with artifacts; null when there is none.</summary>
    public Task<RunInfo?> GetRunAsync(string runId, CancellationToken cancellationToken = default) =>
        _queries.GetRunAsync(runId, cancellationToken);

    /// <summary>Every logged value of one metric of a run (or of all its metrics when <paramref name="key"/> is null), by step.</summary>
    public Task<IReadOnlyList<MetricPoint>> GetMetricHistoryAsync(string runId, string? key = null, CancellationToken cancellationToken = default) =>
        _queries.GetMetricHistoryAsync(runId, key, cancellationToken);

    /// <inheritdoc cref="RunLookup.FindAsync"/>
    public Task<RunInfo> FindAsync(string reference, string? metric = null, string? experiment = null, CancellationToken cancellationToken = default) =>
        _lookup.FindAsync(reference, metric, experiment, cancellationToken);

    /// <summary>The headline metric most completed runs (of the experiment) share, or null when none has one.</summary>
    public Task<string?> CommonHeadlineMetricAsync(string? experiment = null, CancellationToken cancellationToken = default) =>
        _lookup.CommonHeadlineMetricAsync(experiment, cancellationToken);

    /// <summary>Runs side by side (ids or unique prefixes, in the order given), with the union of their params and metrics.</summary>
    /// <exception cref="RunStoreException">An id matches no run, or more than one.</exception>
    public Task<RunComparison> CompareAsync(IReadOnlyList<string> runIds, CancellationToken cancellationToken = default) =>
        _lookup.CompareAsync(runIds, cancellationToken);

    /// <inheritdoc cref="AbandonedRuns.MarkAsync"/>
    public Task<int> MarkAbandonedAsync(CancellationToken cancellationToken = default) => _abandoned.MarkAsync(cancellationToken);

    /// <summary>Lets go of the database file (pooled connections close) and of this store's session.</summary>
    public void Dispose()
    {
        _abandoned.EndSession();
        _database.Dispose();
    }
}
