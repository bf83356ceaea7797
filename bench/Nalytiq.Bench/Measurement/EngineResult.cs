using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Measurement;

/// <summary>Everything measured for one engine in a <c>compare</c> run.</summary>
/// <param name="Engine">The engine name.</param>
/// <param name="ColdSeconds">The first (warm-up) load, JIT and page cache included.</param>
/// <param name="MedianSeconds">The median of the measured loads.</param>
/// <param name="MinSeconds">The fastest measured load.</param>
/// <param name="MaxSeconds">The slowest measured load.</param>
/// <param name="MedianRetainedBytes">Managed memory held by the loaded data (DuckDB's is native, so near zero).</param>
/// <param name="MedianAllocatedBytes">Managed bytes allocated per load.</param>
/// <param name="MedianGcPauseSeconds">Garbage-collection pause per load.</param>
/// <param name="MedianCpuSeconds">Processor time per load, all threads: above the wall time means it ran in parallel.</param>
/// <param name="Samples">Every measured load, in order.</param>
/// <param name="Summary">What the engine loaded (types, sums), from its first measured load.</param>
internal sealed record EngineResult(
    string Engine,
    double ColdSeconds,
    double MedianSeconds,
    double MinSeconds,
    double MaxSeconds,
    long MedianRetainedBytes,
    long MedianAllocatedBytes,
    double MedianGcPauseSeconds,
    double MedianCpuSeconds,
    IReadOnlyList<Sample> Samples,
    TableSummary? Summary);
