namespace Nalytiq.Bench.DataProfiling;

/// <summary>
/// Managed memory of one uncached profile, over the settled heap before it (frame loaded): the highest sampled total,
/// the highest heap left by a collection (0 when none happened), bytes allocated, gen-0 collections, samples taken.
/// </summary>
internal sealed record MemoryRun(long ExtraPeak, long ExtraPeakAfterGc, long Allocated, int Collections, int Samples);
