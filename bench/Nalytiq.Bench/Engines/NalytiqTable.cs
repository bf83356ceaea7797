namespace Nalytiq.Bench.Engines;

/// <summary>A dataset loaded by our ingest, kept alive through the workbench that loaded it.</summary>
internal sealed class NalytiqTable(Workbench workbench, Dataset dataset, FrameTable frame) : ILoadedTable
{
    public Workbench Workbench { get; } = workbench;

    public Dataset Dataset { get; } = dataset;

    public TableSummary Summarize() => frame.Summarize();

    public void Dispose() => Workbench.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
