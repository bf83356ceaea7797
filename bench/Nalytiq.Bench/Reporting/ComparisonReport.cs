using Nalytiq.Bench.Measurement;

namespace Nalytiq.Bench.Reporting;

/// <summary>The JSON document <c>compare</c> prints.</summary>
internal sealed record ComparisonReport(
    MachineInfo Machine,
    string File,
    long FileBytes,
    int Warmup,
    int Iterations,
    IReadOnlyList<EngineResult> Engines,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyDictionary<string, double> Ratios,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<CheckResult> Checks,
    string? LoadAverageAfter);
