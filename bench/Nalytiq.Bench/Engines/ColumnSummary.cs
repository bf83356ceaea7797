namespace Nalytiq.Bench.Engines;

/// <summary>One loaded column.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The engine's own name for the column type.</param>
/// <param name="Missing">How many values are missing.</param>
/// <param name="Sum">The sum of a numeric column (as a double: exact while the total stays below 2^53).</param>
/// <param name="Min">The earliest value of a date/time column, ISO 8601.</param>
/// <param name="Max">The latest value of a date/time column, ISO 8601.</param>
internal sealed record ColumnSummary(string Name, string Type, long Missing, double? Sum = null, string? Min = null, string? Max = null);
