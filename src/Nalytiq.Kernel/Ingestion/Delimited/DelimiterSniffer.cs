namespace Nalytiq.Ingestion.Delimited;

/// <summary>Picks the delimiter among <c>,</c> <c>;</c> tab and <c>|</c> that splits the first lines most consistently.</summary>
internal static class DelimiterSniffer
{
    private const int MaxLines = 200;
    private static char[] Candidates { get; } = [',', ';', '\t', '|'];

    public static char Sniff(ReadOnlySpan<char> text)
    {
        var counts = CountPerLine(text);
        var best = ',';
        var bestScore = 0.0;
        foreach (var candidate in Candidates)
        {
            var perLine = counts.Select(c => c[Array.IndexOf(Candidates, candidate)]).ToList();
            if (perLine.Count == 0)
            {
                continue;
            }

            var mode = perLine.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            if (mode.Key == 0)
            {
                continue;
            }

            // Consistency first (the share of lines with the usual count), then how many fields it yields.
            var score = ((double)mode.Count() / perLine.Count) + (Math.Min(mode.Key, 100) / 1000.0);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    // Counts each candidate per line, outside quotes; a quoted newline does not end a line.
    private static List<int[]> CountPerLine(ReadOnlySpan<char> text)
    {
        var lines = new List<int[]>();
        var current = new int[Candidates.Length];
        var inQuotes = false;
        var lineHasContent = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '\n' || c == '\r'))
            {
                if (lineHasContent)
                {
                    lines.Add(current);
                    current = new int[Candidates.Length];
                    lineHasContent = false;
                    if (lines.Count == MaxLines)
                    {
                        return lines;
                    }
                }

                continue;
            }
            else if (!inQuotes)
            {
                var index = Array.IndexOf(Candidates, c);
                if (index >= 0)
                {
                    current[index]++;
                }
            }

            lineHasContent = true;
        }

        if (lineHasContent && lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
