namespace Nalytiq.Bench.Measurement;

/// <summary>One timed load.</summary>
/// <param name="Seconds">Wall time of the load call.</param>
/// <param name="RetainedBytes">Managed heap growth after a full blocking collection, with the loaded data still alive.</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the load (garbage included).</param>
/// <param name="GcPauseSeconds">Time the runtime paused threads for garbage collection during the load.</param>
/// <param name="Gen0Collections">Generation 0 collections during the load.</param>
/// <param name="Gen1Collections">Generation 1 collections during the load.</param>
/// <param name="Gen2Collections">Generation 2 (full) collections during the load.</param>
/// <param name="CpuSeconds">Processor time of the whole process during the load (all threads).</param>
internal sealed record Sample(
    double Seconds,
    long RetainedBytes,
    long AllocatedBytes,
    double GcPauseSeconds,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    double CpuSeconds);
