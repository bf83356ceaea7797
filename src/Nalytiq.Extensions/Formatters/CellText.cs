using System.Globalization;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>Formats one value of a frame for display, in the session's culture.</summary>
internal static class CellText
{
    public static string Format(object? value, Localizer text) => value switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d => FormatReal(d, text.Culture),
        float f => FormatReal(f, text.Culture),
        decimal m => m.ToString("#,0.############", text.Culture),
        int or long or short or byte or sbyte or ushort or uint or ulong => ((IFormattable)value).ToString("N0", text.Culture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("d", text.Culture) : t.ToString("G", text.Culture),
        DateTimeOffset t => t.ToString("G", text.Culture),
        bool b => text[b ? "Value_True" : "Value_False"],
        IFormattable f => f.ToString(null, text.Culture),
        _ => value.ToString() ?? string.Empty,
    };

    public static bool IsMissing(object? value) => value is null || value is double d && double.IsNaN(d) || value is float f && float.IsNaN(f);

    private static string FormatReal(double value, CultureInfo culture)
    {
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }

        var magnitude = Math.Abs(value);
        return magnitude != 0 && (magnitude >= 1e15 || magnitude < 1e-4)
            ? value.ToString("G6", culture)
            : value.ToString("#,0.######", culture);
    }
}
