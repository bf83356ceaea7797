using System.Globalization;
using System.Text.RegularExpressions;

namespace Nalytiq.Cli.Parameters;

/// <summary>
/// Types an unquoted value the way YAML 1.2's core schema does, so <c>-p year 2024</c> and <c>year: 2024</c> in a
/// parameters file give the same number: integers, floats (with <c>.inf</c> and <c>.nan</c>), <c>true</c>/<c>false</c>,
/// <c>null</c>/<c>~</c>; anything else stays the exact text.
/// </summary>
internal static partial class ScalarTyping
{
    public static object? Type(string text)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            return text;
        }

        if (value is "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (value is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (Integer().IsMatch(value))
        {
            // Boxed separately: a conditional of long and double would turn every integer into a double.
            return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? (object)integer
                : double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (Float().IsMatch(value))
        {
            return double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return value.ToLowerInvariant() switch
        {
            ".inf" or "+.inf" => double.PositiveInfinity,
            "-.inf" => double.NegativeInfinity,
            ".nan" => double.NaN,
            _ => text,
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();
}
