using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Nalytiq.Localization;

namespace Nalytiq.Cli.Parameters;

/// <summary>
/// Writes the injected cell: one C# declaration per parameter. A parameter the defaults cell declares with an explicit
/// simple type (<c>double rate = 0.5;</c>) keeps that type, so <c>-p rate 1</c> stays a double; otherwise the type
/// follows the value (<c>var year = 2024;</c>). Later submissions may redeclare a variable in C# scripts, so the
/// injected declarations replace the defaults for every cell after them.
/// </summary>
internal static partial class ParameterDeclarations
{
    public static string Write(IReadOnlyList<NotebookParameter> parameters, string? defaultsCell, string comment)
    {
        var declared = DeclaredTypes(defaultsCell);
        var code = new StringBuilder("// ").AppendLine(comment);
        foreach (var parameter in parameters)
        {
            code.AppendLine(Declaration(parameter, declared.GetValueOrDefault(parameter.Name)));
        }

        return code.ToString().TrimEnd();
    }

    public static string Declaration(NotebookParameter parameter, string? declaredType)
    {
        var name = parameter.Name;
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            throw new NalytiqException(new LocalizedText("Cli_ParameterName", name));
        }

        if (declaredType is not null)
        {
            return $"{declaredType} {name} = {Literal(name, parameter.Value, declaredType)};";
        }

        return parameter.Value is null ? $"object {name} = null;" : $"var {name} = {CSharpLiterals.Of(parameter.Value)};";
    }

    /// <summary>The simple types the defaults cell names explicitly, by variable.</summary>
    public static Dictionary<string, string> DeclaredTypes(string? cell)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in ExplicitDeclaration().Matches(cell ?? string.Empty))
        {
            types[match.Groups["name"].Value] = match.Groups["type"].Value;
        }

        return types;
    }

    private static string Literal(string name, object? value, string type)
    {
        var bare = type.TrimEnd('?');
        if (value is null)
        {
            return type.EndsWith('?') || bare is "string" or "object" || bare.EndsWith("[]", StringComparison.Ordinal)
                ? "null"
                : throw Mismatch(name, type, value);
        }

        if (bare.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = bare[..^2];
            return value is IReadOnlyList<object?> list
                ? CSharpLiterals.Array(element, list.Select(item => Literal(name, item, element)))
                : throw Mismatch(name, type, value);
        }

        return (bare, value) switch
        {
            ("object", _) => CSharpLiterals.Of(value),
            ("string", string text) => CSharpLiterals.String(text),
            ("string", bool flag) => CSharpLiterals.String(flag ? "true" : "false"),
            ("string", long or double) => CSharpLiterals.String(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            ("bool", bool flag) => flag ? "true" : "false",
            ("int", long integer) when integer is >= int.MinValue and <= int.MaxValue => integer.ToString(CultureInfo.InvariantCulture),
            ("long", long integer) => integer.ToString(CultureInfo.InvariantCulture) + "L",
            ("double", long or double) => CSharpLiterals.Double(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            ("float", long or double) when double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)) =>
                Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "f",
            ("decimal", long or double) when double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)) =>
                Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "m",
            _ => throw Mismatch(name, type, value),
        };
    }

    private static NalytiqException Mismatch(string name, string type, object? value) =>
        new(new LocalizedText("Cli_ParameterTypeMismatch", name, type, CSharpLiterals.Of(value)));

    [GeneratedRegex(
        @"^[ \t]*(?:const[ \t]+)?(?<type>(?:int|long|double|float|decimal|bool|string|object)\??(?:\[\])?\??)[ \t]+(?<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*=",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitDeclaration();
}
