namespace Nalytiq.Ingestion;

/// <summary>How far an upload has got.</summary>
/// <param name="Stage">The current phase.</param>
/// <param name="BytesRead">Bytes of the file consumed so far.</param>
/// <param name="TotalBytes">The file size in bytes.</param>
/// <param name="Rows">Rows read so far.</param>
public readonly record struct IngestProgress(IngestStage Stage, long BytesRead, long TotalBytes, long Rows)
{
    /// <summary>The fraction done, between 0 and 1.</summary>
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Clamp((double)BytesRead / TotalBytes, 0, 1);
}
