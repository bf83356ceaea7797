using System.Globalization;

namespace Nalytiq.Localization;

/// <summary>
/// Rwanda's number and date formats. ICU (Linux, macOS, recent Windows) has them; a runtime without that data (an ICU
/// build trimmed of it, or globalization-invariant mode) would fall back to invariant formats, so the same data is
/// supplied explicitly then.
/// </summary>
internal static class KinyarwandaCulture
{
    private static readonly string[] Months =
        ["Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeli", "Ukwakira", "Ugushyingo", "Ukuboza", string.Empty];

    private static readonly string[] ShortMonths =
        ["mut.", "gas.", "wer.", "mat.", "gic.", "kam.", "nya.", "kan.", "nze.", "ukw.", "ugu.", "uku.", string.Empty];

    private static readonly string[] Days =
        ["Ku cyumweru", "Kuwa mbere", "Kuwa kabiri", "Kuwa gatatu", "Kuwa kane", "Kuwa gatanu", "Kuwa gatandatu"];

    private static readonly string[] ShortDays = ["cyu.", "mbe.", "kab.", "gtu.", "kan.", "gnu.", "gnd."];

    /// <summary>The culture Kinyarwanda outputs are formatted with: the runtime's when it has Rwanda's data, else ours.</summary>
    public static CultureInfo Instance { get; } = FromRuntime() ?? Explicit();

    /// <summary>Rwanda's formats written out, the same as ICU's (a test holds them to it).</summary>
    public static CultureInfo Explicit()
    {
        var culture = TryCreate("rw-RW") ?? (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = culture.NumberFormat;
        numbers.NumberDecimalSeparator = numbers.PercentDecimalSeparator = numbers.CurrencyDecimalSeparator = ",";
        numbers.NumberGroupSeparator = numbers.PercentGroupSeparator = numbers.CurrencyGroupSeparator = ".";
        numbers.PercentPositivePattern = 1; // 25,6%
        numbers.PercentNegativePattern = 1; // -25,6%
        numbers.NumberNegativePattern = 1;
        numbers.CurrencySymbol = "RF";
        numbers.PositiveInfinitySymbol = "∞";
        numbers.NegativeInfinitySymbol = "-∞";

        var dates = culture.DateTimeFormat;
        dates.MonthNames = dates.MonthGenitiveNames = Months;
        dates.AbbreviatedMonthNames = dates.AbbreviatedMonthGenitiveNames = ShortMonths;
        dates.DayNames = Days;
        dates.AbbreviatedDayNames = dates.ShortestDayNames = ShortDays;
        dates.FirstDayOfWeek = DayOfWeek.Monday;
        dates.DateSeparator = "-";
        dates.TimeSeparator = ":";
        dates.ShortDatePattern = "yyyy-MM-dd";
        dates.LongDatePattern = "yyyy MMMM d, dddd";
        dates.ShortTimePattern = "HH:mm";
        dates.LongTimePattern = "HH:mm:ss";
        dates.FullDateTimePattern = "yyyy MMMM d, dddd HH:mm:ss";
        dates.YearMonthPattern = "yyyy MMMM";
        dates.MonthDayPattern = "MMMM d";
        return CultureInfo.ReadOnly(culture);
    }

    private static CultureInfo? FromRuntime()
    {
        var culture = TryCreate("rw-RW");
        return culture is not null
            && culture.NumberFormat.NumberDecimalSeparator == ","
            && culture.DateTimeFormat.MonthNames[10] == Months[10]
            ? CultureInfo.ReadOnly(culture)
            : null;
    }

    private static CultureInfo? TryCreate(string name)
    {
        try
        {
            return new CultureInfo(name, useUserOverride: false);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
