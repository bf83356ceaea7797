using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Formats;

/// <summary>The JSON document <c>formats</c> prints: every format, with the machine and its load before and after.</summary>
internal sealed record FormatsReport(
    MachineInfo Machine,
    string? LoadAverageAfter,
    int WarmIterations,
    int ColdProcesses,
    IReadOnlyList<FormatResult> Formats);
