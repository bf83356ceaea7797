using System.Globalization;
using System.Runtime.CompilerServices;

namespace Nalytiq.Ingestion.Columns;

/// <summary>Parses one cell of text into a typed value, invariant culture, without allocating.</summary>
internal static class ValueParsers
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
    private const NumberStyles FloatStyle = NumberStyles.Float;

    // Decimal comma without grouping: "1,5" and "-1234,25" read, "1.234,5" does not (it stays text rather than guess).
    private static NumberFormatInfo DecimalCommaFormat { get; } = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u0001" };

    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseInt32(ReadOnlySpan<char> text, out int value)
    {
        // Most cells are plain digits: accumulate them directly and leave signs, blanks and overflow to the framework.
        if (text.Length is > 0 and < 10)
        {
            var result = 0;
            foreach (var c in text)
            {
                var digit = (uint)(c - '0');
                if (digit > 9)
                {
                    return int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);
                }

                result = (result * 10) + (int)digit;
            }

            value = result;
            return true;
        }

        return int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInt64(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out value);

    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, FloatStyle, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>A number written with a decimal comma (<c>2,75</c>), as French and Rwandan spreadsheets export it.</summary>
    public static bool TryParseDecimalComma(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, FloatStyle, DecimalCommaFormat, out value) && double.IsFinite(value);
}
