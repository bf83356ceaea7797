using System.Globalization;
using System.Text;

namespace Nalytiq.Ingestion;

/// <summary>Turns file names into valid C# identifiers for notebook variables.</summary>
public static class DatasetNames
{
    private static HashSet<string> Keywords { get; } = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// The file name without its extension, made a valid identifier: <c>movies.json</c> → <c>movies</c>,
    /// <c>2024 sales-Q1.csv</c> → <c>_2024_sales_Q1</c>, <c>class.csv</c> → <c>class_</c>.
    /// </summary>
    public static string FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stem = Path.GetFileName(path.TrimEnd('/', '\\'));
        var dot = stem.IndexOf('.', 1);
        if (dot > 0)
        {
            stem = stem[..dot];
        }

        return ToIdentifier(stem);
    }

    /// <summary>Makes any text a valid C# identifier by replacing what is not allowed with underscores.</summary>
    public static string ToIdentifier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 1);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            builder.Append(IsIdentifierPart(c) ? c : '_');
        }

        var name = builder.ToString().Trim('_');
        if (name.Length == 0)
        {
            return "data";
        }

        if (!IsIdentifierStart(name[0]))
        {
            name = "_" + name;
        }

        return Keywords.Contains(name) ? name + "_" : name;
    }

    /// <summary>Whether <paramref name="name"/> can be used as a C# variable name as it is.</summary>
    public static bool IsValidIdentifier(string? name) =>
        !string.IsNullOrEmpty(name)
        && IsIdentifierStart(name[0])
        && name.All(IsIdentifierPart)
        && !Keywords.Contains(name);

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
