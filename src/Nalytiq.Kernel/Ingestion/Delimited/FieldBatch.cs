namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// The text of a block of rows, copied out of the parser's buffer so another core can convert it while the parser
/// moves on. Cells are stored row after row; a cell's text runs from the previous cell's end to its own.
/// </summary>
internal sealed class FieldBatch
{
    public const int Rows = 1 << 14;

    public FieldBatch(int columns)
    {
        Columns = columns;
        Ends = new int[Rows * columns];
        Chars = new char[Rows * columns * 8];
    }

    public int Columns { get; }

    public int[] Ends { get; }

    public char[] Chars { get; private set; }

    public int RowCount { get; private set; }

    public int CharCount { get; private set; }

    public bool IsFull => RowCount == Rows;

    public void Clear()
    {
        RowCount = 0;
        CharCount = 0;
    }

    /// <summary>Adds the cell at the next position; an empty cell is how a missing one (short row) is written.</summary>
    public void AddCell(ReadOnlySpan<char> text, int cellIndex)
    {
        if (CharCount + text.Length > Chars.Length)
        {
            var chars = Chars;
            Array.Resize(ref chars, Math.Max(chars.Length * 2, CharCount + text.Length));
            Chars = chars;
        }

        text.CopyTo(Chars.AsSpan(CharCount));
        CharCount += text.Length;
        Ends[cellIndex] = CharCount;
    }

    public void EndRow() => RowCount++;

    public ReadOnlySpan<char> Cell(int index) => Chars.AsSpan(index == 0 ? 0 : Ends[index - 1], Ends[index] - (index == 0 ? 0 : Ends[index - 1]));
}
