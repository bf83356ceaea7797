using System.Diagnostics;
using Nalytiq.Charts;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;

namespace Nalytiq;

/// <summary>
/// The engine's front door: one per notebook session. It holds the dataset catalog and the session's language, and
/// every magic command is one call on it. Nothing here knows about notebooks or HTML.
/// </summary>
public sealed class Workbench : IAsyncDisposable
{
    /// <summary>Creates a workbench with the given options (by default, the notebook defaults from the environment).</summary>
    public Workbench(WorkbenchOptions? options = null)
    {
        Options = options ?? WorkbenchOptions.FromEnvironment();
        Text = Localizer.For(Options.Language);
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
        Debug.Assert(dataset.Frame.Columns.Count == dataset.Schema.Count, "The schema describes every column.");
        return dataset;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
