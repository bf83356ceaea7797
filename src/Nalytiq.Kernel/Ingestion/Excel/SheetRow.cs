namespace Nalytiq.Ingestion.Excel;

/// <summary>A sheet row that holds at least one value; <paramref name="Number"/> is the sheet's 1-based row number.</summary>
internal sealed record SheetRow(int Number, ExcelCell[] Cells);
