namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Finds lines above the header that are not part of the table: a title (<c>Harvest report 2025</c>, alone on its
/// line or followed by empty cells as spreadsheets export it), notes, blank lines, and the <c>sep=;</c> line Excel
/// writes. They are recognised when the first line shaped like the table (as many fields as most lines, two of them
/// filled) comes after at least one such line, within the first <see cref="MaxLines"/> lines.
/// </summary>
internal static class PreambleDetector
{
    private const int MaxLines = 20;
    private const int ShapeLines = 200;

    /// <summary>The delimiter a first line <c>sep=X</c> names, if it is one.</summary>
    public static char? SepLine(string text)
    {
        var line = FirstLine(text).Trim().Trim('"');
        return line.Length == 5 && line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) ? line[4] : null;
    }

    /// <summary>How many lines precede the header (0 when none do, or only blank lines, which the reader skips anyway).</summary>
    public static int Detect(string text, char delimiter, char? comment)
    {
        var lines = Lines(text, ShapeLines);
        var shapes = lines.Select(l => Shape(l, delimiter)).ToList();

        // The table's width: the usual field count of the lines that have several (notes between rows have one).
        var wide = shapes.Where(s => s.Fields > 1).ToList();
        if (wide.Count * 3 < shapes.Count(s => s.Fields > 0))
        {
            return 0;
        }

        var width = wide.GroupBy(s => s.Fields).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var content = false;
        var titleWithEmptyCells = false;
        for (var i = 0; i < Math.Min(lines.Count, MaxLines); i++)
        {
            var (fields, filled) = shapes[i];
            if (fields == width && filled >= 2)
            {
                // A line with one filled cell and the table's width is a title only above a full header line;
                // above data with empty cells it is the header itself (a,,,).
                return !content || (titleWithEmptyCells && filled < fields) ? 0 : i;
            }

            if (lines[i].Contains('"'))
            {
                return 0; // Perhaps the start of a quoted field that spans lines: never cut into one.
            }

            titleWithEmptyCells |= fields == width && filled == 1;

            var isComment = comment is { } c && lines[i].StartsWith(c);
            // A line with several values before the table's shape is ragged data, unless a one-cell title came first
            // and it is narrower than the table (notes under a title).
            if (filled > 1 && !isComment && !(i == 0 && SepLine(lines[i]) is not null) && !(content && fields < width))
            {
                return 0;
            }

            content |= filled == 1 && !isComment;
        }

        return 0;
    }

    /// <summary>The text after the first <paramref name="count"/> lines.</summary>
    public static string After(string text, int count)
    {
        var p = 0;
        for (var i = 0; i < count && p < text.Length; i++)
        {
            var end = text.AsSpan(p).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                return string.Empty;
            }

            p += end + (text[p + end] == '\r' && p + end + 1 < text.Length && text[p + end + 1] == '\n' ? 2 : 1);
        }

        return text[p..];
    }

    public static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    private static List<string> Lines(string text, int max)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (lines.Count < max && reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    // Fields (0 for a blank line) and filled fields of one line, delimiters inside quotes not counted.
    private static (int Fields, int Filled) Shape(string line, char delimiter)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return (0, 0);
        }

        var fields = 1;
        var filled = 0;
        var current = false;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == delimiter && !quoted)
            {
                filled += current ? 1 : 0;
                current = false;
                fields++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                current = true;
            }
        }

        return (fields, filled + (current ? 1 : 0));
    }
}
