using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq;

public sealed partial class Workbench
{
    private RunStore? _runs;
    private object? _runsGate;

    /// <summary>
    /// The training runs recorded under <see cref="WorkbenchOptions.HomeDirectory"/> (<c>runs.db</c> and <c>runs/</c>),
    /// opened on first use; runs left running by a kernel or process that went away are marked then.
    /// </summary>
    public RunStore Runs => LazyInitializer.EnsureInitialized(ref _runs, ref _runsGate, () => new RunStore(Options.HomeDirectory, Options.TimeProvider));

    /// <summary>
    /// One page of recorded runs (newest first, or best first by <see cref="RunsRequest.Metric"/>) and how many match
    /// in all; the count is only queried when the page is full.
    /// </summary>
    public async Task<RunPage> ListRunsAsync(RunsRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new RunsRequest();
        var query = new RunQuery { Experiment = request.Experiment, OrderByMetric = request.Metric, Limit = request.PageSize, IncludeParams = false };
        var runs = await Runs.ListRunsAsync(query, cancellationToken).ConfigureAwait(false);
        var total = runs.Count < query.Limit ? runs.Count : await Runs.CountRunsAsync(query, cancellationToken).ConfigureAwait(false);
        return new RunPage(runs, total, request.Experiment, request.Metric);
    }

    /// <summary>The best completed run by <see cref="RunsRequest.Metric"/>, by default the headline metric most runs share.</summary>
    /// <exception cref="RunStoreException">No completed run, or no metric can rank the runs.</exception>
    public async Task<BestRun> FindBestRunAsync(RunsRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new RunsRequest();
        var metric = request.Metric ?? await Runs.CommonHeadlineMetricAsync(request.Experiment, cancellationToken).ConfigureAwait(false);
        var best = await Runs.FindAsync("best", metric, request.Experiment, cancellationToken).ConfigureAwait(false);
        return new BestRun(best, metric);
    }

    /// <summary>Puts two or more runs (ids, unique prefixes or names) side by side.</summary>
    /// <exception cref="RunStoreException">Fewer than two runs are named, or one of them is not found.</exception>
    public Task<RunComparison> CompareRunsAsync(IReadOnlyList<string> runs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Count(r => !string.IsNullOrWhiteSpace(r)) < 2
            ? throw new RunStoreException(new LocalizedText("Runs_CompareNeedsTwo"))
            : Runs.CompareAsync([.. runs.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())], cancellationToken);
    }

    /// <summary>
    /// Describes a frame as a run's input: its name, schema, row count and full-content fingerprint (the uploaded
    /// file's hash while the frame is still the one uploaded, else a hash of the frame itself), as <c>#!analyze</c> does.
    /// </summary>
    public RunDataset DescribeDataset(string name, DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var fingerprint = Datasets.Of(frame) is { } dataset && dataset.RowCount == frame.Rows.Count
            ? dataset.Fingerprint
            : FrameFingerprint.Compute(frame);
        return RunDataset.FromFrame(name, frame, fingerprint);
    }
}
