namespace Nalytiq.Bench.Reporting;

/// <summary>
/// The JSON line <c>profile-restart</c> prints: the first request of a fresh process on an existing cache folder, how
/// long it took, where the answer came from, and how long starting Garnet took when it was started beforehand.
/// </summary>
internal sealed record RestartReport(double Ms, string Source, double? GarnetStartMs);
