namespace Nalytiq.Analysis;

/// <summary>Frame-wide figures.</summary>
/// <param name="Rows">The number of rows.</param>
/// <param name="Columns">The number of columns.</param>
/// <param name="MemoryBytes">An estimate of the frame's managed memory: value buffers, validity bitmaps and distinct strings.</param>
/// <param name="MissingCells">Cells with no value (null, or NaN in a floating-point column).</param>
/// <param name="MissingCellsShare">Missing cells over all cells, between 0 and 1 (0 for an empty frame).</param>
/// <param name="DuplicateRows">Rows equal in every column to an earlier row (the first occurrence is not counted).</param>
/// <param name="DuplicateRowsShare">Duplicate rows over all rows, between 0 and 1.</param>
/// <param name="TypeCounts">How many columns of each kind, for the kinds present, in <see cref="Ingestion.ColumnKind"/> order.</param>
public sealed record ProfileOverview(
    long Rows,
    int Columns,
    long MemoryBytes,
    long MissingCells,
    double MissingCellsShare,
    long DuplicateRows,
    double DuplicateRowsShare,
    IReadOnlyList<KindCount> TypeCounts);
