using Microsoft.Data.Analysis;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion;

/// <summary>What a reader produced from a file, before the workbench names and registers it.</summary>
internal sealed record LoadResult(
    DataFrame Frame,
    SourceDialect Dialect,
    string Fingerprint,
    long SizeBytes,
    IReadOnlyList<ColumnSchema> Schema,
    IReadOnlyList<LocalizedText> Warnings);
