namespace Nalytiq.Bench.Reporting;

/// <summary>One way of restarting before the first request: its name, the request's time, its source, Garnet's start time if separate.</summary>
internal sealed record RestartCase(string Case, double Ms, string Source, double? GarnetStartMs);
