using System.Globalization;
using System.Text;

namespace Nalytiq.Cli.Parameters;

/// <summary>Writes parameter values as C# literals, inferring the type from the value.</summary>
internal static class CSharpLiterals
{
    /// <summary>The C# type a value is declared with when the parameters cell does not name one.</summary>
    public static string TypeOf(object? value) => value switch
    {
        long integer => integer is >= int.MinValue and <= int.MaxValue ? "int" : "long",
        double => "double",
        bool => "bool",
        string => "string",
        IReadOnlyList<object?> list => ElementType(list) + "[]",
        _ => "object",
    };

    /// <summary>The literal for <paramref name="value"/> as its own inferred type.</summary>
    public static string Of(object? value) => value switch
    {
        null => "null",
        long integer => integer is >= int.MinValue and <= int.MaxValue
            ? integer.ToString(CultureInfo.InvariantCulture)
            : integer.ToString(CultureInfo.InvariantCulture) + "L",
        double number => Double(number),
        bool flag => flag ? "true" : "false",
        string text => String(text),
        IReadOnlyList<object?> list => Array(ElementType(list), list.Select(item => ElementType(list) == "double" ? Double(Convert.ToDouble(item, CultureInfo.InvariantCulture)) : Of(item))),
        _ => String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    public static string Array(string elementType, IEnumerable<string> items) =>
        string.Join(", ", items) is { Length: > 0 } list ? $"new {elementType}[] {{ {list} }}" : $"new {elementType}[0]";

    public static string Double(double value) => value switch
    {
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        _ when double.IsNaN(value) => "double.NaN",
        _ => WithPoint(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    /// <summary>A regular C# string literal: quotes, backslashes and control characters escaped.</summary>
    public static string String(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }

    /// <summary>"3" would read back as an int: a double literal always carries a point or an exponent.</summary>
    private static string WithPoint(string number) =>
        number.Contains('.', StringComparison.Ordinal) || number.Contains('E', StringComparison.Ordinal) ? number : number + ".0";

    private static string ElementType(IReadOnlyList<object?> list)
    {
        if (list.Count == 0)
        {
            return "string";
        }

        var types = list.Select(TypeOf).Distinct().ToList();
        return types switch
        {
            [var single] when single is not "object" && !single.EndsWith("[]", StringComparison.Ordinal) => single,
            _ when types.All(t => t is "int" or "long" or "double") => types.Contains("double") ? "double" : "long",
            _ => "object",
        };
    }
}
