using System.Diagnostics;
using Nalytiq.Analysis;
using Nalytiq.Caching;
using Nalytiq.Charts;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;

namespace Nalytiq;

/// <summary>
/// The engine's front door: one per notebook session. It holds the dataset catalog and the session's language, and
/// every magic command is one call on it. Nothing here knows about notebooks or HTML.
/// </summary>
public sealed partial class Workbench : IAsyncDisposable
{
    private readonly Lazy<Task> _cacheWarmUp;

    /// <summary>Creates a workbench with the given options (by default, the notebook defaults from the environment).</summary>
    public Workbench(WorkbenchOptions? options = null)
    {
        Options = options ?? WorkbenchOptions.FromEnvironment();
        Text = Localizer.For(Options.Language, Options.Culture);
        var cache = Options.Cache ?? ResultCacheOptions.Embedded(Path.Combine(Options.HomeDirectory, "cache"));
        Cache = new ResultCache(cache with { TimeProvider = Options.TimeProvider });
        _cacheWarmUp = new Lazy<Task>(() => Task.Run(WarmUpCacheAsync));
    }

    /// <summary>How this workbench was set up.</summary>
    public WorkbenchOptions Options { get; }

    /// <summary>The datasets loaded in this session.</summary>
    public DatasetCatalog Datasets { get; } = new();

    /// <summary>
    /// Draws charts as HTML fragments. The Plotly.NET adapter loads on first use into its own load context, shared by
    /// every workbench of the process.
    /// </summary>
    public ChartRuntime Charts { get; } = ChartRuntime.Shared;

    /// <summary>
    /// Computed results kept in memory over Garnet (embedded, or the team server named by <c>NALYTIQ_GARNET</c>);
    /// Garnet starts on first use.
    /// </summary>
    public ResultCache Cache { get; }

    /// <summary>
    /// Resamples time series with Deedle, loaded on first use into the same private context as the charts.
    /// </summary>
    public TimeSeriesRuntime TimeSeries { get; } = TimeSeriesRuntime.Shared;

    /// <summary>Texts and formats in the session's language.</summary>
    public Localizer Text { get; private set; }

    /// <summary>The version of the engine, as shown in help and reports.</summary>
    public static string Version { get; } =
        typeof(Workbench).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>Switches the language of every later output.</summary>
    public void SetLanguage(Language language) => Text = Localizer.For(language);

    /// <summary>
    /// Reads a CSV, TSV, JSON, NDJSON, Excel or Parquet file into a typed frame and adds it to the catalog.
    /// </summary>
    /// <param name="path">The file, absolute or relative to <see cref="WorkbenchOptions.WorkingDirectory"/>.</param>
    /// <param name="options">How to read it; by default everything is detected.</param>
    /// <param name="progress">Receives bytes and rows read while the file loads.</param>
    /// <param name="cancellationToken">Stops the upload; nothing is added to the catalog then.</param>
    /// <exception cref="IngestException">The file is missing, unreadable or malformed, or an option is invalid.</exception>
    public async Task<Dataset> UploadAsync(
        string path,
        UploadOptions? options = null,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= UploadOptions.Default;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new IngestException(new LocalizedText("Upload_PathRequired"));
        }

        var fullPath = Path.GetFullPath(path.Trim(), Options.WorkingDirectory);
        if (Directory.Exists(fullPath))
        {
            throw new IngestException(new LocalizedText("Upload_IsDirectory", fullPath), fullPath);
        }

        if (!File.Exists(fullPath))
        {
            throw new IngestException(new LocalizedText("Upload_FileNotFound", fullPath), fullPath);
        }

        var name = options.Name ?? DatasetNames.FromPath(fullPath);
        if (!DatasetNames.IsValidIdentifier(name))
        {
            throw new IngestException(new LocalizedText("Upload_InvalidName", name));
        }

        var clock = Options.TimeProvider;
        var started = clock.GetTimestamp();
        LoadResult result;
        try
        {
            result = await DatasetLoader.LoadAsync(fullPath, options, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestException(new LocalizedText("Upload_ReadFailed", fullPath, e.Message), fullPath, innerException: e);
        }

        // Interrupted after the last row was read: the user was told the upload stopped, so the catalog must not change.
        cancellationToken.ThrowIfCancellationRequested();
        var dataset = new Dataset(
            name,
            result.Frame,
            fullPath,
            result.Dialect,
            result.Fingerprint,
            result.SizeBytes,
            result.Schema,
            result.Warnings,
            clock.GetElapsedTime(started),
            clock.GetUtcNow());
        Datasets.Add(dataset);

        // Data is loaded: an analysis usually follows. Starting Garnet now (about a second in a fresh process) keeps
        // that cost out of the first #!analyze, which then reads a cached profile in milliseconds.
        _ = _cacheWarmUp.Value;
        Debug.Assert(dataset.Frame.Columns.Count == dataset.Schema.Count, "The schema describes every column.");
        return dataset;
    }

    /// <summary>Profiles a dataset of the catalog: overview, column figures, correlations, alerts and optional groups.</summary>
    /// <param name="name">The dataset name, as given by <see cref="UploadAsync"/>.</param>
    /// <param name="options">What to compute and the alert thresholds.</param>
    /// <param name="progress">Told after each column and each frame-wide step.</param>
    /// <param name="cancellationToken">Stops the profile.</param>
    /// <exception cref="ProfileException">No dataset has that name, or an option names a column it does not have.</exception>
    public Task<DataProfile> ProfileAsync(
        string name,
        ProfileOptions? options = null,
        IProgress<ProfileProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Datasets.TryGet(name, out var dataset)
            ? DataProfiler.ProfileAsync(dataset.Frame, options, progress, cancellationToken)
            : throw new ProfileException(new LocalizedText("Profile_DatasetNotFound", name));

    /// <summary>Stops what the workbench started: the result cache and its embedded Garnet server.</summary>
    public async ValueTask DisposeAsync()
    {
        await DisposeJobsAndRunsAsync().ConfigureAwait(false);
        if (_cacheWarmUp.IsValueCreated)
        {
            await _cacheWarmUp.Value.ConfigureAwait(false);
        }

        await Cache.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Starts the result cache and prepares the analysis code path now (an upload does this in the background), and
    /// waits until that is done: a host that knows an analysis will follow can hide the start-up cost.
    /// </summary>
    public Task WarmUpAsync() => _cacheWarmUp.Value;

    private async Task WarmUpCacheAsync()
    {
        try
        {
            await WarmUpAnalysisAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A warm-up only: the first real request starts the cache again and reports any problem.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
