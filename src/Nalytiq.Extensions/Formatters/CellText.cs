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
        TimeSpan t => Workbench.FormatTime(t),
        bool b => text[b ? "Value_True" : "Value_False"],
        IFormattable f => f.ToString(null, text.Culture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// A computed figure (a mean, a standard deviation) to about four significant digits: 4,520 · 448.8 · 0.0123.
    /// Raw values keep every digit; statistics don't need them.
    /// </summary>
    public static string Figure(double value, Localizer text)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value == 0)
        {
            return Format(value, text);
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        if (magnitude >= 15 || magnitude < -4)
        {
            return value.ToString("G4", text.Culture);
        }

        var decimals = Math.Clamp(3 - magnitude, 0, 6);
        return Math.Round(value, decimals).ToString("#,0." + new string('#', Math.Max(decimals, 1)), text.Culture);
    }

    /// <summary>A time column's figure (kept in seconds by the profile) as a time, to the millisecond.</summary>
    public static string Seconds(double seconds) => Workbench.FormatTime(TimeSpan.FromMilliseconds(Math.Round(seconds * 1000)));

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
