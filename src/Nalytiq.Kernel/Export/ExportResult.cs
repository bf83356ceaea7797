using Nalytiq.Ingestion;

namespace Nalytiq.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Path">The file, absolute.</param>
/// <param name="Format">The format written.</param>
/// <param name="Rows">Data rows written (0 for a profile).</param>
/// <param name="Columns">Columns written (for a profile, the columns it describes).</param>
/// <param name="SizeBytes">The file size.</param>
/// <param name="Replaced">Whether an existing file was replaced.</param>
/// <param name="Elapsed">How long the export took.</param>
public sealed record ExportResult(
    string Path,
    DataFormat Format,
    long Rows,
    int Columns,
    long SizeBytes,
    bool Replaced,
    TimeSpan Elapsed);
