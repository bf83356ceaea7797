using Microsoft.CodeAnalysis.Text;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// Cursor positions between Jupyter (offsets in Unicode code points, protocol 5.2 and later) and .NET Interactive
/// (line and UTF-16 character).
/// </summary>
internal sealed class CodeCursor(string code)
{
    private readonly SourceText _text = SourceText.From(code);

    /// <summary>The end of the code, in code points: where a client's cursor is when it names none.</summary>
    public int End => CodePoints(code.Length);

    public Microsoft.DotNet.Interactive.LinePosition ToLinePosition(int codePoints)
    {
        var position = _text.Lines.GetLinePosition(Utf16Index(Math.Clamp(codePoints, 0, int.MaxValue)));
        return new(position.Line, position.Character);
    }

    public int ToCodePoints(Microsoft.DotNet.Interactive.LinePosition position)
    {
        var line = Math.Clamp(position.Line, 0, _text.Lines.Count - 1);
        var index = Math.Min(_text.Lines[line].Start + Math.Max(position.Character, 0), code.Length);
        return CodePoints(index);
    }

    /// <summary>The code-point offset where the identifier ending at <paramref name="codePoints"/> starts.</summary>
    public int WordStart(int codePoints)
    {
        var index = Utf16Index(codePoints);
        while (index > 0 && (char.IsLetterOrDigit(code[index - 1]) || code[index - 1] == '_'))
        {
            index--;
        }

        return CodePoints(index);
    }

    /// <summary>
    /// Where to ask for help about the code at <paramref name="codePoints"/>: on a name, that name; elsewhere (after
    /// <c>Math.Max(1, </c>) first the name whose argument list the cursor is in, then the cursor itself.
    /// </summary>
    public IEnumerable<int> InspectPositions(int codePoints)
    {
        var index = Utf16Index(codePoints);
        var onName = IsNameStart(Utf16Index(WordStart(codePoints))) || IsNameStart(index);
        var callee = Callee(index);
        if (onName)
        {
            // Roslyn looks at the token under the position: at the end of a name, the name is one before.
            int[] here = codePoints > 0 ? [codePoints, codePoints - 1] : [codePoints];
            return callee is { } name ? [.. here, name] : here;
        }

        return callee is { } call ? [call, codePoints] : [codePoints];
    }

    private bool IsNameStart(int index) => index < code.Length && (char.IsLetter(code[index]) || code[index] == '_' || code[index] == '@');

    // The code-point offset of the last character of the name before the innermost "(" left open before the cursor.
    private int? Callee(int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            switch (code[i])
            {
                case ')':
                    depth++;
                    break;
                case '(' when depth > 0:
                    depth--;
                    break;
                case '(':
                    var end = i;
                    while (end > 0 && char.IsWhiteSpace(code[end - 1]))
                    {
                        end--;
                    }

                    return end > 0 && (char.IsLetterOrDigit(code[end - 1]) || code[end - 1] == '_') ? CodePoints(end) - 1 : null;
                case ';' or '{' or '}':
                    return null;
            }
        }

        return null;
    }

    /// <summary>The code between two code-point offsets.</summary>
    public string Slice(int startCodePoints, int endCodePoints)
    {
        var start = Utf16Index(startCodePoints);
        return code[start..Math.Max(start, Utf16Index(endCodePoints))];
    }

    private int Utf16Index(int codePoints)
    {
        var index = 0;
        for (var seen = 0; seen < codePoints && index < code.Length; seen++)
        {
            index += char.IsSurrogatePair(code, index) ? 2 : 1;
        }

        return index;
    }

    private int CodePoints(int utf16Index) => code[..utf16Index].EnumerateRunes().Count();
}
