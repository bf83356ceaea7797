using System.Globalization;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>Turns DuckDB's exact text of decimals and wide integers into typed values, only when no value changes.</summary>
internal static class TextConversions
{
    /// <summary>
    /// Doubles when each decimal, parsed and printed again at its scale, gives back the same text; otherwise false and
    /// the rows (1-based) that would have changed.
    /// </summary>
    public static bool TryDoubles(ReadOnlySpan<string?> values, int scale, out double?[] doubles, out FirstRows inexact)
    {
        doubles = new double?[values.Length];
        inexact = new FirstRows();
        var format = "F" + scale.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } text)
            {
                continue;
            }

            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (value.ToString(format, CultureInfo.InvariantCulture) != text)
            {
                inexact.Add(i + 1);
            }

            doubles[i] = value;
        }

        return inexact.Count == 0;
    }

    /// <summary>Longs when every value fits in 64 bits; otherwise false and the rows (1-based) that do not.</summary>
    public static bool TryLongs(ReadOnlySpan<string?> values, out long?[] longs, out FirstRows outOfRange)
    {
        longs = new long?[values.Length];
        outOfRange = new FirstRows();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } text)
            {
                continue;
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                longs[i] = value;
            }
            else
            {
                outOfRange.Add(i + 1);
            }
        }

        return outOfRange.Count == 0;
    }
}
