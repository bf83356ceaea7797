namespace Nalytiq.Ingestion;

/// <summary>What was detected (or given) about how a file is written.</summary>
/// <param name="Format">The format read.</param>
/// <param name="Encoding">The text encoding's web name (<c>utf-8</c>, <c>utf-16BE</c>, <c>windows-1252</c>), or null for binary formats.</param>
/// <param name="Delimiter">The field delimiter of delimited text, otherwise null.</param>
/// <param name="HasHeader">Whether the first row held column names.</param>
/// <param name="Sheet">The Excel sheet read, otherwise null.</param>
public sealed record SourceDialect(DataFormat Format, string? Encoding, char? Delimiter, bool HasHeader, string? Sheet);
