namespace Nalytiq.Bench.Reporting;

/// <summary>
/// The single JSON line <c>profile</c> prints. <c>ColdSeconds</c> is the median of the computed (uncached) profiles
/// after the first; <c>FirstSeconds</c> the first one in the process (JIT included). <c>WarmL2Ms</c> is the first request
/// of a new process on the cache folder (a kernel restart), Garnet starting inside it; <c>WarmL2StartedMs</c> the same
/// with Garnet started before the request; <c>Restarts</c> has those and the same-process cases.
/// </summary>
internal sealed record ProfileReport(
    string File,
    long Rows,
    int Columns,
    long FrameBytes,
    double ColdSeconds,
    double ColdMinSeconds,
    double FirstSeconds,
    double FirstCachedSeconds,
    string FirstCachedSource,
    double WarmL1Ms,
    string WarmL1Source,
    double WarmL2Ms,
    string WarmL2Source,
    double WarmL2StartedMs,
    string WarmL2StartedSource,
    IReadOnlyList<RestartCase> Restarts,
    double DuckDbSummarizeSeconds,
    double DuckDbSummarizeMinSeconds,
    double ColdToDuckDbRatio,
    long ExtraPeakBytes,
    long ExtraPeakAfterGcBytes,
    long AllocatedBytes,
    int Collections,
    int MemorySamples,
    double MemoryRatio,
    double MemoryRatioAfterGc,
    ProfileFigures Figures,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<TargetResult> Targets,
    int Iterations,
    MachineInfo Machine);
