using System.Globalization;
using System.Text;

namespace Nalytiq.Ingestion.Excel;

/// <summary>A cell of a sheet, 1-based, shown as a spreadsheet shows it (<c>C4</c>).</summary>
internal readonly record struct CellPosition(int Row, int Column)
{
    public static bool TryParse(string? reference, out CellPosition position)
    {
        position = default;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        var column = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        if (i == 0 || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            return false;
        }

        position = new CellPosition(row, column);
        return true;
    }

    public static string ColumnName(int column)
    {
        var builder = new StringBuilder();
        for (; column > 0; column = (column - 1) / 26)
        {
            builder.Insert(0, (char)('A' + ((column - 1) % 26)));
        }

        return builder.ToString();
    }

    public override string ToString() => ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);
}
