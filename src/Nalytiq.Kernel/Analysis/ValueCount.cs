namespace Nalytiq.Analysis;

/// <summary>A value and how often it occurs.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">Its occurrences.</param>
/// <param name="Share">Its occurrences over the present values of the column, between 0 and 1.</param>
public sealed record ValueCount(string Value, long Count, double Share);
