namespace Nalytiq.Export;

/// <summary>How far an export has come.</summary>
/// <param name="RowsWritten">Rows written so far.</param>
/// <param name="TotalRows">Rows to write.</param>
public readonly record struct ExportProgress(long RowsWritten, long TotalRows)
{
    /// <summary>Rows written over rows to write, between 0 and 1.</summary>
    public double Fraction => TotalRows <= 0 ? 1 : Math.Clamp((double)RowsWritten / TotalRows, 0, 1);
}
