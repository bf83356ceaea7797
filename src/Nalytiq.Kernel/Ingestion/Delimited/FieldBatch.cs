using System.Runtime.CompilerServices;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// The text of a block of rows, copied out of the parser's buffer so another core can convert it while the parser
/// moves on. Cells are stored row after row; a cell's text runs from the previous cell's end to its own.
/// </summary>
internal sealed class FieldBatch
{
    // About 128K cells a batch: 16K rows of a narrow file, fewer rows of a wide one, so a batch stays a few MB.
    private const int TargetCells = 1 << 17;

    public FieldBatch(int columns)
    {
        Columns = Math.Max(columns, 1);
        Capacity = Math.Clamp(TargetCells / Columns, 256, 1 << 14);
        Ends = new int[Capacity * Columns];
        Chars = new char[Capacity * Columns * 8];
    }

    public int Columns { get; }

    /// <summary>The rows a batch holds before it is handed over.</summary>
    public int Capacity { get; }

    public int[] Ends { get; }

    public char[] Chars { get; private set; }

    public int RowCount { get; private set; }

    public int CharCount { get; private set; }

    public bool IsFull => RowCount == Capacity;

    public void Clear()
    {
        RowCount = 0;
        CharCount = 0;
    }

    /// <summary>Adds the cell at the next position; an empty cell is how a missing one (short row) is written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
