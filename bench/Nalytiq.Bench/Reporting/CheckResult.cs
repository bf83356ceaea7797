namespace Nalytiq.Bench.Reporting;

/// <summary>One value an engine loaded, compared with DuckDB's.</summary>
internal sealed record CheckResult(string Engine, string Column, string What, string? Expected, string? Actual, bool Match);
