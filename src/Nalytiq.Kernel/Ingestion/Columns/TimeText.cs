using System.Globalization;
using System.Text;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// The one text form of a time column, read and written everywhere (cells, exports, cards): <c>hh:mm:ss</c>, with
/// <c>.fffffff</c> only when the value has a fraction (trailing zeros dropped), total hours past 23 for durations
/// (<c>30:15:00</c>, as a spreadsheet's <c>[h]:mm:ss</c> shows them) and <c>-</c> before a negative duration.
/// </summary>
internal static class TimeText
{
    /// <summary>
    /// Reads <c>[-]h:mm:ss[.f…]</c>: seconds are required, so that scores and ratios (<c>3:1</c>, <c>10:12</c>) never
    /// read as times; minutes and seconds are two digits below 60; up to seven fraction digits (100 ns ticks).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        var negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var colon = text.IndexOf(':');
        if (colon is < 1 or > 9 || text.Length < colon + 6 || text[colon + 3] != ':'
            || !TryDigits(text[..colon], out var hours) || !TryDigits(text.Slice(colon + 1, 2), out var minutes)
            || !TryDigits(text.Slice(colon + 4, 2), out var seconds) || minutes > 59 || seconds > 59)
        {
            return false;
        }

        long fraction = 0;
        var rest = text[(colon + 6)..];
        if (rest.Length > 0)
        {
            if (rest[0] != '.' || rest.Length is < 2 or > 8 || !TryDigits(rest[1..], out var digits))
            {
                return false;
            }

            fraction = digits;
            for (var i = rest.Length - 1; i < 7; i++)
            {
                fraction *= 10;
            }
        }

        // Nine hour digits can pass what a TimeSpan holds: such a text is not a time.
        if (hours > (long)TimeSpan.MaxValue.TotalHours)
        {
            return false;
        }

        var ticks = (((((hours * 60) + minutes) * 60) + seconds) * (decimal)TimeSpan.TicksPerSecond) + fraction;
        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            return false;
        }

        value = new TimeSpan((long)(negative ? -ticks : ticks));
        return true;
    }

    /// <summary>The text form of <paramref name="value"/>; <see cref="TryParse"/> reads it back to the tick.</summary>
    public static string Format(TimeSpan value)
    {
        var builder = new StringBuilder(20);
        var ticks = value.Ticks;
        if (ticks < 0)
        {
            builder.Append('-');
        }

        // TimeSpan.MinValue has no positive counterpart: work on the unsigned magnitude.
        var magnitude = ticks < 0 ? (ulong)-(ticks + 1) + 1 : (ulong)ticks;
        var totalSeconds = magnitude / TimeSpan.TicksPerSecond;
        var fraction = magnitude % TimeSpan.TicksPerSecond;
        builder.Append(CultureInfo.InvariantCulture, $"{totalSeconds / 3600:00}:{totalSeconds / 60 % 60:00}:{totalSeconds % 60:00}");
        if (fraction != 0)
        {
            builder.Append('.').Append(fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0'));
        }

        return builder.ToString();
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }
}
