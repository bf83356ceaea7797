using Nalytiq.Analysis;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.DataProfiling;

/// <summary>What the first session measured: computed profiles, DuckDB's SUMMARIZE, memory, first cached and warm requests.</summary>
internal sealed record ComputedRun(
    DataProfile Profile,
    double FirstSeconds,
    IReadOnlyList<double> OursSeconds,
    IReadOnlyList<double> DuckDbSeconds,
    IReadOnlyList<CheckResult> Checks,
    MemoryRun Memory,
    double FirstCachedSeconds,
    string FirstCachedSource,
    IReadOnlyList<double> WarmMilliseconds,
    string WarmSource);
