using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Export;
using Nalytiq.Localization;

namespace Nalytiq;

public sealed partial class Workbench
{
    /// <summary>
    /// Writes a frame to CSV, TSV, JSON, NDJSON, xlsx or Parquet. The file appears complete or not at all: it is written
    /// to a temporary file beside the target and moved into place at the end.
    /// </summary>
    /// <param name="frame">The data.</param>
    /// <param name="path">The target file, absolute or relative to <see cref="WorkbenchOptions.WorkingDirectory"/>.</param>
    /// <param name="options">Format, overwrite, sheet and culture; by default the format comes from the extension.</param>
    /// <param name="progress">Told every <see cref="ExportOptions.ProgressRows"/> rows.</param>
    /// <param name="cancellationToken">Stops the export; the target is left as it was.</param>
    /// <exception cref="ExportException">
    /// The folder is missing or read-only, the file exists without <see cref="ExportOptions.Overwrite"/>, the format is
    /// unknown or does not suit a frame, or the write failed.
    /// </exception>
    public Task<ExportResult> ExportFrameAsync(
        DataFrame frame,
        string path,
        ExportOptions? options = null,
        IProgress<ExportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return FrameExporter.ExportAsync(frame, ExportTargetPath(path), options ?? ExportOptions.Default, progress, Options.TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Writes a profile as JSON (the same records as in memory) or as a self-contained HTML report in the session
    /// language, its charts drawn by a copy of plotly.js inlined in the page, so it opens offline.
    /// </summary>
    /// <param name="profile">The profile, e.g. bound by <c>#!analyze --name</c>.</param>
    /// <param name="title">What the profile describes (the frame's name), shown in the report.</param>
    /// <param name="path">The target file, absolute or relative to <see cref="WorkbenchOptions.WorkingDirectory"/>.</param>
    /// <param name="options">Format and overwrite.</param>
    /// <param name="cancellationToken">Stops the export; the target is left as it was.</param>
    /// <exception cref="ExportException">As for <see cref="ExportFrameAsync"/>, or a format other than JSON or HTML.</exception>
    public Task<ExportResult> ExportProfileAsync(
        DataProfile profile,
        string title,
        string path,
        ExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ProfileExporter.ExportAsync(profile, title, ExportTargetPath(path), options ?? ExportOptions.Default, Text, Charts, Options.TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Writes a recorded training run (<c>latest</c>, <c>best</c>, an id or prefix, or a run name) as JSON (the run with
    /// every metric point) or as a self-contained HTML report: overview, metrics, the validation score of every trial,
    /// parameters, tags, the input data's lineage and the artifacts, in the session language.
    /// </summary>
    /// <exception cref="NalytiqException">No such run, or as for <see cref="ExportProfileAsync"/>.</exception>
    public async Task<ExportResult> ExportRunAsync(
        string run,
        string path,
        ExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var target = ExportTargetPath(path);
        var found = await Runs.FindAsync(string.IsNullOrWhiteSpace(run) ? "latest" : run, cancellationToken: cancellationToken).ConfigureAwait(false);
        var history = await Runs.GetMetricHistoryAsync(found.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Export.Runs.RunExporter.ExportAsync(found, history, target, options ?? ExportOptions.Default, Text, Charts, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
    }

    private string ExportTargetPath(string path) => string.IsNullOrWhiteSpace(path)
        ? throw new ExportException(new LocalizedText("Export_PathRequired"))
        : Path.GetFullPath(path.Trim(), Options.WorkingDirectory);
}
