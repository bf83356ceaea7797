using Microsoft.Data.Analysis;

namespace Nalytiq.Bench.Engines;

/// <summary>A loaded <see cref="DataFrame"/>; managed memory, so nothing to release but the reference.</summary>
internal sealed class FrameTable(DataFrame frame, Func<DataFrameColumn, string>? typeName = null) : ILoadedTable
{
    public DataFrame Frame { get; } = frame;

    public TableSummary Summarize() => FrameSummarizer.Summarize(Frame, typeName);

    public void Dispose()
    {
    }
}
