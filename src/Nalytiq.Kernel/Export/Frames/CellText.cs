using System.Globalization;
using System.Runtime.CompilerServices;

namespace Nalytiq.Export.Frames;

/// <summary>Number and date text shared by the text writers (CSV, TSV, JSON, NDJSON), written as UTF-8.</summary>
internal static class CellText
{
    public static DatePrecision PrecisionOf(ValueColumn<DateTime> column)
    {
        var precision = DatePrecision.Date;
        for (long row = 0; row < column.Length && precision < DatePrecision.Ticks; row++)
        {
            if (column.TryGet(row, out var value))
            {
                var ticks = value.Ticks % TimeSpan.TicksPerDay;
                var needed = ticks == 0 ? DatePrecision.Date
                    : ticks % TimeSpan.TicksPerSecond == 0 ? DatePrecision.Seconds
                    : ticks % TimeSpan.TicksPerMillisecond == 0 ? DatePrecision.Milliseconds
                    : ticks % 10 == 0 ? DatePrecision.Microseconds
                    : DatePrecision.Ticks;
                precision = needed > precision ? needed : precision;
            }
        }

        return precision;
    }

    /// <summary>
    /// Writes <c>yyyy-MM-dd</c>, then <c>HH:mm:ss</c> and the fraction the precision asks for, after
    /// <paramref name="separator"/> (a space for CSV, which Excel and DuckDB read as a timestamp; <c>T</c> for JSON).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteIsoDate(Utf8Sink sink, DateTime value, DatePrecision precision, byte separator)
    {
        var span = sink.GetSpan(32);
        var (year, month, day) = value;
        Digits(span, year, 4);
        span[4] = (byte)'-';
        Digits(span[5..], month, 2);
        span[7] = (byte)'-';
        Digits(span[8..], day, 2);
        var length = 10;
        if (precision > DatePrecision.Date)
        {
            var ticks = value.Ticks % TimeSpan.TicksPerDay;
            var seconds = (int)(ticks / TimeSpan.TicksPerSecond);
            span[10] = separator;
            Digits(span[11..], seconds / 3600, 2);
            span[13] = (byte)':';
            Digits(span[14..], seconds / 60 % 60, 2);
            span[16] = (byte)':';
            Digits(span[17..], seconds % 60, 2);
            length = 19;
            var fraction = (int)(ticks % TimeSpan.TicksPerSecond);
            var digits = precision switch
            {
                DatePrecision.Milliseconds => 3,
                DatePrecision.Microseconds => 6,
                DatePrecision.Ticks => 7,
                _ => 0,
            };
            if (digits > 0)
            {
                span[19] = (byte)'.';
                Digits(span[20..], fraction / Pow10(7 - digits), digits);
                length = 20 + digits;
            }
        }

        sink.Advance(length);
    }

    /// <summary>
    /// Writes a double as its shortest round-trip text, with a decimal separator or exponent always present so
    /// <c>1.0</c> does not read back as an integer. NaN is missing and is not written here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteDouble(Utf8Sink sink, double value, NumberFormatInfo format, byte decimalSeparator)
    {
        var span = sink.GetSpan(40);
        _ = value.TryFormat(span, out var written, default, format);
        if (double.IsFinite(value) && span[..written].IndexOfAny(decimalSeparator, (byte)'E') < 0)
        {
            span[written++] = decimalSeparator;
            span[written++] = (byte)'0';
        }

        sink.Advance(written);
    }

    /// <summary>Number text with the culture's decimal separator but plain ASCII signs and no grouping, which readers parse.</summary>
    public static NumberFormatInfo NumberFormat(CultureInfo? culture)
    {
        if (culture is null)
        {
            return NumberFormatInfo.InvariantInfo;
        }

        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberDecimalSeparator = culture.NumberFormat.NumberDecimalSeparator is "," ? "," : ".";
        return NumberFormatInfo.ReadOnly(format);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Digits(Span<byte> span, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static int Pow10(int exponent) => exponent switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1000,
        4 => 10_000,
        _ => (int)Math.Pow(10, exponent),
    };
}
