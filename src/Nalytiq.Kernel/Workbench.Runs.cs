using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
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
