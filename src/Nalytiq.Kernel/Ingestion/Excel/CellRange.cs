namespace Nalytiq.Ingestion.Excel;

/// <summary>A rectangle of cells such as a merged range (<c>B2:C3</c>).</summary>
internal readonly record struct CellRange(CellPosition First, CellPosition Last)
{
    public static bool TryParse(string? reference, out CellRange range)
    {
        range = default;
        var parts = reference?.Split(':');
        if (parts is not { Length: 1 or 2 } || !CellPosition.TryParse(parts[0], out var first))
        {
            return false;
        }

        var last = first;
        if (parts.Length == 2 && !CellPosition.TryParse(parts[1], out last))
        {
            return false;
        }

        range = new CellRange(first, last);
        return true;
    }

    public bool Contains(CellPosition cell) =>
        cell.Row >= First.Row && cell.Row <= Last.Row && cell.Column >= First.Column && cell.Column <= Last.Column;

    public override string ToString() => First + ":" + Last;
}
