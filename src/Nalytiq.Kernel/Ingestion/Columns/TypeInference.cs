namespace Nalytiq.Ingestion.Columns;

/// <summary>Chooses the narrowest kind every sampled cell of a column fits.</summary>
internal static class TypeInference
{
    /// <summary>
    /// The kind of a column from its sampled cells. <paramref name="allowDecimalComma"/> (delimited text whose delimiter
    /// is not a comma) lets <c>2,75</c> read as a number.
    /// </summary>
    public static (ColumnKind Kind, DateStyle DateStyle, bool DecimalComma) Infer(IEnumerable<string?> sample, bool allowDecimalComma = false)
    {
        ArgumentNullException.ThrowIfNull(sample);
        bool any = false, boolean = true, int32 = true, int64 = true, number = true, commaNumber = allowDecimalComma, leadingZero = false;
        var present = new List<string>();
        foreach (var cell in sample)
        {
            if (cell is null || MissingValues.IsMissing(cell))
            {
                continue;
            }

            any = true;
            present.Add(cell);
            boolean = boolean && ValueParsers.TryParseBoolean(cell, out _);
            int32 = int32 && ValueParsers.TryParseInt32(cell, out _);
            int64 = int64 && ValueParsers.TryParseInt64(cell, out _);
            number = number && ValueParsers.TryParseDouble(cell, out _);
            commaNumber = commaNumber && ValueParsers.TryParseDecimalComma(cell, out _);
            leadingZero = leadingZero || HasLeadingZero(cell);
        }

        if (!any)
        {
            return (ColumnKind.String, DateStyle.Iso, false);
        }

        if (boolean)
        {
            return (ColumnKind.Boolean, DateStyle.Iso, false);
        }

        // Zero-padded digits are codes (phone numbers, postal codes, account numbers): a number would drop the zeros.
        if (leadingZero && (number || commaNumber))
        {
            return (ColumnKind.String, DateStyle.Iso, false);
        }

        if (int32 || int64 || number)
        {
            return (int32 ? ColumnKind.Int32 : int64 ? ColumnKind.Int64 : ColumnKind.Double, DateStyle.Iso, false);
        }

        if (commaNumber)
        {
            return (ColumnKind.Double, DateStyle.Iso, true);
        }

        // Times need their seconds (see TimeText): a score such as 3:1 or 10:12 stays text.
        if (present.TrueForAll(c => TimeText.TryParse(c, out _)))
        {
            return (ColumnKind.Time, DateStyle.Iso, false);
        }

        return InferDateStyle(present) is { } style ? (ColumnKind.DateTime, style, false) : (ColumnKind.String, DateStyle.Iso, false);
    }

    /// <summary>
    /// The one date style all <paramref name="cells"/> are written in, or null. Numeric dates such as <c>12/06/1998</c>
    /// count only when some cell proves the order (a day above 12); otherwise they stay text rather than risk a swap.
    /// </summary>
    public static DateStyle? InferDateStyle(IReadOnlyList<string> cells)
    {
        if (cells.All(c => DateParsing.TryParseIso(c, out _)))
        {
            return DateStyle.Iso;
        }

        var dayFirst = cells.All(c => DateParsing.TryParseNumeric(c, dayFirst: true, out _));
        var monthFirst = cells.All(c => DateParsing.TryParseNumeric(c, dayFirst: false, out _));
        if (dayFirst != monthFirst)
        {
            return dayFirst ? DateStyle.DayFirst : DateStyle.MonthFirst;
        }

        if (!dayFirst && cells.All(c => DateParsing.TryParseMonthName(c, out _)))
        {
            return DateStyle.MonthName;
        }

        return null;
    }

    private static bool HasLeadingZero(string cell)
    {
        var text = cell.AsSpan().Trim();
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            text = text[1..];
        }

        return text.Length > 1 && text[0] == '0' && char.IsAsciiDigit(text[1]);
    }
}
