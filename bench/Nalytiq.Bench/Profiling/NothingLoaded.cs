using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Profiling;

/// <summary>The result of a phase that keeps nothing; the checksum stops the work from being optimized away.</summary>
internal sealed class NothingLoaded(long checksum) : ILoadedTable
{
    public long Checksum { get; } = checksum;

    public TableSummary Summarize() => new(Checksum, []);

    public void Dispose()
    {
    }
}
