using System.Runtime.CompilerServices;

namespace Nalytiq.Ingestion.Columns;

internal static partial class DateParsing
{
    /// <summary>Reads <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.fffffff</c> from the start of <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseTime(ReadOnlySpan<char> s, out TimeSpan time, out int consumed)
    {
        time = default;
        consumed = 0;
        if (s.Length < 5 || s[2] != ':' || !TryDigits(s[..2], out var hour) || !TryDigits(s.Slice(3, 2), out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        var second = 0;
        long fractionTicks = 0;
        consumed = 5;
        if (s.Length >= 8 && s[5] == ':')
        {
            if (!TryDigits(s.Slice(6, 2), out second) || second > 59)
            {
                return false;
            }

            consumed = 8;
            if (s.Length > 9 && (s[8] == '.' || s[8] == ',') && IsDigit(s[9]))
            {
                consumed = 9;
                long scale = TimeSpan.TicksPerSecond;
                while (consumed < s.Length && IsDigit(s[consumed]))
                {
                    scale /= 10;
                    fractionTicks += (s[consumed] - '0') * scale;
                    consumed++;
                }
            }
        }

        time = new TimeSpan(((((hour * 60L) + minute) * 60) + second) * TimeSpan.TicksPerSecond + fractionTicks);
        return true;
    }

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!IsDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
