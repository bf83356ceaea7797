using System.Globalization;
using System.Runtime.CompilerServices;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Allocation-free date parsing for the forms analysts' files use. ISO forms take a hand-written fast path because a
/// timestamp column is parsed millions of times; the rarer month-name forms go through the framework.
/// </summary>
internal static partial class DateParsing
{
    private static string[] MonthNameFormats { get; } =
    [
        "MMM d yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMMM d, yyyy", "d MMM yyyy", "d MMMM yyyy", "d-MMM-yyyy",
        "ddd MMM d yyyy", "ddd, d MMM yyyy", "MMM d yyyy HH:mm", "MMM d yyyy HH:mm:ss", "d MMM yyyy HH:mm",
        "d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm:ss",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> text, DateStyle style, out DateTime value) => style switch
    {
        DateStyle.Iso => TryParseIso(text, out value),
        DateStyle.DayFirst => TryParseNumeric(text, dayFirst: true, out value),
        DateStyle.MonthFirst => TryParseNumeric(text, dayFirst: false, out value),
        _ => TryParseMonthName(text, out value),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseIso(ReadOnlySpan<char> s, out DateTime value)
    {
        value = default;
        s = s.Trim();
        if (s.Length < 10 || !TryDigits(s[..4], out var year) || (s[4] != '-' && s[4] != '/') || s[7] != s[4]
            || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day) || !IsValidDate(year, month, day))
        {
            return false;
        }

        var date = new DateTime(year, month, day);
        if (s.Length == 10)
        {
            value = date;
            return true;
        }

        if (s[10] != 'T' && s[10] != ' ')
        {
            return false;
        }

        var rest = s[11..];
        if (!TryParseTime(rest, out var time, out var consumed))
        {
            return false;
        }

        rest = rest[consumed..];
        if (rest.IsEmpty)
        {
            value = date.Add(time);
            return true;
        }

        if (rest is "Z" or "z")
        {
            value = DateTime.SpecifyKind(date.Add(time), DateTimeKind.Utc);
            return true;
        }

        // An offset is rare in analyst files: let the framework apply it, and keep the instant in UTC.
        if ((rest[0] == '+' || rest[0] == '-')
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            value = withOffset.UtcDateTime;
            return true;
        }

        return false;
    }

    public static bool TryParseNumeric(ReadOnlySpan<char> s, bool dayFirst, out DateTime value)
    {
        value = default;
        if (!TryParseNumericParts(s, out var first, out var second, out var year, out var time))
        {
            return false;
        }

        var (day, month) = dayFirst ? (first, second) : (second, first);
        if (!IsValidDate(year, month, day))
        {
            return false;
        }

        value = new DateTime(year, month, day).Add(time);
        return true;
    }

    public static bool TryParseMonthName(ReadOnlySpan<char> s, out DateTime value) =>
        DateTime.TryParseExact(s.Trim(), MonthNameFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out value);

    /// <summary>Splits <c>12/06/1998</c> (or with <c>.</c> or <c>-</c>, optionally followed by a time) into its parts.</summary>
    public static bool TryParseNumericParts(ReadOnlySpan<char> s, out int first, out int second, out int year, out TimeSpan time)
    {
        first = second = year = 0;
        time = TimeSpan.Zero;
        s = s.Trim();
        var firstLength = s.Length > 1 && IsDigit(s[1]) ? 2 : 1;
        if (s.Length < firstLength + 7 || !TryDigits(s[..firstLength], out first))
        {
            return false;
        }

        var separator = s[firstLength];
        if (separator is not ('/' or '.' or '-'))
        {
            return false;
        }

        s = s[(firstLength + 1)..];
        var secondLength = s.Length > 1 && IsDigit(s[1]) ? 2 : 1;
        if (s.Length < secondLength + 5 || !TryDigits(s[..secondLength], out second) || s[secondLength] != separator
            || !TryDigits(s.Slice(secondLength + 1, 4), out year))
        {
            return false;
        }

        s = s[(secondLength + 5)..];
        if (s.IsEmpty)
        {
            return true;
        }

        return s[0] is ' ' or 'T' && TryParseTime(s[1..], out time, out var consumed) && consumed == s.Length - 1;
    }
}
