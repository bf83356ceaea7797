namespace Nalytiq.Ingestion;

/// <summary>One column of a dataset as loaded.</summary>
/// <param name="Name">The column name in the frame (made unique and non-empty).</param>
/// <param name="Kind">The inferred type.</param>
/// <param name="MissingCount">How many values are missing.</param>
/// <param name="SourceName">The name as written in the file, when it had to be changed.</param>
public sealed record ColumnSchema(string Name, ColumnKind Kind, long MissingCount, string? SourceName = null);
