namespace Nalytiq.Bench.DataProfiling;

/// <summary>The first request after a restart, with Garnet's start included and with Garnet started beforehand.</summary>
internal sealed record RestartRun(
    double WithStartMs,
    string WithStartSource,
    double StartedMs,
    string StartedSource,
    double GarnetStartMs);
