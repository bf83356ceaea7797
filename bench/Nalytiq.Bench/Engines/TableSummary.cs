namespace Nalytiq.Bench.Engines;

/// <summary>What an engine loaded, reduced to numbers that must agree across engines.</summary>
internal sealed record TableSummary(long Rows, IReadOnlyList<ColumnSummary> Columns);
