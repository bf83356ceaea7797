using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Excel;

/// <summary>
/// The table inside a sheet: from the first row and the first column that hold a value, with the empty rows and
/// columns before it, the empty rows inside it, merged ranges, errors and formulas without results reported.
/// </summary>
internal sealed class SheetTable
{
    private SheetTable(IReadOnlyList<SheetRow> rows, int firstColumn)
    {
        Rows = rows;
        FirstColumn = firstColumn;
    }

    /// <summary>The rows holding a value, their cells starting at <see cref="FirstColumn"/>.</summary>
    public IReadOnlyList<SheetRow> Rows { get; }

    /// <summary>The 1-based sheet column of the table's first column.</summary>
    public int FirstColumn { get; }

    public static SheetTable Locate(IReadOnlyList<SheetRow> rows, SheetScan scan, SheetRepairs repairs)
    {
        var firstColumn = rows.Min(r => Array.FindIndex(r.Cells, c => c.Type != CellType.Empty)) + 1;
        var topLeft = new CellPosition(rows[0].Number, firstColumn);
        if (topLeft.Row > 1 || firstColumn > 1)
        {
            repairs.Fail(new LocalizedText("Excel_LeadingCellsStrict", topLeft.ToString()), topLeft);
            repairs.Warnings.Add(new LocalizedText("Excel_LeadingCellsSkipped", topLeft.ToString(), topLeft.Row - 1, firstColumn - 1));
        }

        var present = rows.Select(r => r.Number).ToHashSet();
        var blank = Enumerable.Range(rows[0].Number, rows[^1].Number - rows[0].Number + 1).Where(n => !present.Contains(n)).ToList();
        repairs.Add(blank, "Excel_BlankRowsSkipped", n => new LocalizedText("Excel_BlankRowStrict", n), n => new CellPosition(n, firstColumn));

        var merged = scan.MergedRanges.OrderBy(r => r.First.Row).ThenBy(r => r.First.Column).ToList();
        repairs.Add(merged, "Excel_MergedCells", r => new LocalizedText("Excel_MergedCellsStrict", r.ToString()), r => r.First);

        var noValue = scan.FormulasWithoutValue.OrderBy(p => p.Row).ThenBy(p => p.Column).ToList();
        repairs.Add(noValue, "Excel_FormulasWithoutValue", p => new LocalizedText("Excel_FormulaWithoutValueStrict", p.ToString()), p => p);

        var errors = scan.Errors.OrderBy(e => e.Key.Row).ThenBy(e => e.Key.Column).Select(e => new CellError(e.Key, e.Value)).ToList();
        repairs.Add(errors, "Excel_ErrorCells", e => new LocalizedText("Excel_ErrorCellStrict", e.Position.ToString(), e.Error), e => e.Position);

        var shifted = firstColumn == 1 ? rows : [.. rows.Select(r => r with { Cells = r.Cells.Length >= firstColumn ? r.Cells[(firstColumn - 1)..] : [] })];
        return new SheetTable(shifted, firstColumn);
    }

    private readonly record struct CellError(CellPosition Position, string Error)
    {
        public override string ToString() => $"{Position} ({Error})";
    }
}
