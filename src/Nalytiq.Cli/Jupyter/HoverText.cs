using System.Text;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The C# kernel's hover text is markdown (a fenced signature, then the documentation): consoles that show only
/// <c>text/plain</c> get it without the markdown syntax.
/// </summary>
internal static class HoverText
{
    public static string ToPlainText(string markdown)
    {
        var text = new StringBuilder();
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            // Roslyn's quick info quotes the documentation ("> Returns the larger…").
            var plain = line.StartsWith("> ", StringComparison.Ordinal) ? line[2..] : line;
            text.Append(Unescape(plain)).Append('\n');
        }

        return text.ToString().Trim();
    }

    // Markdown escapes (\<, \*) lose their backslash; inline code loses its backticks.
    private static string Unescape(string line)
    {
        var plain = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && !char.IsAsciiLetterOrDigit(line[i + 1]) && !char.IsWhiteSpace(line[i + 1]))
            {
                plain.Append(line[++i]);
            }
            else if (line[i] != '`')
            {
                plain.Append(line[i]);
            }
        }

        return plain.ToString();
    }
}
