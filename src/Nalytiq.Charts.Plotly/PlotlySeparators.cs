using System.Globalization;

namespace Nalytiq.Charts.Plotly;

/// <summary>Plotly's <c>layout.separators</c>: the decimal separator then the group separator, one character each.</summary>
internal static class PlotlySeparators
{
    public static string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var format = culture.NumberFormat;
        return string.Concat(First(format.NumberDecimalSeparator, '.'), First(format.NumberGroupSeparator, ' '));
    }

    // Plotly reads exactly two characters; a few cultures use longer or empty separators.
    private static char First(string separator, char fallback) => separator.Length > 0 ? separator[0] : fallback;
}
