namespace Nalytiq.Bench.Reporting;

/// <summary>One performance target from the issue and whether this run met it.</summary>
internal sealed record TargetResult(string Name, string Target, double Actual, bool Met);
