namespace Nalytiq.Ingestion.Columns;

/// <summary>Chooses the narrowest kind every sampled cell of a column fits.</summary>
internal static class TypeInference
{
    public static (ColumnKind Kind, DateStyle DateStyle) Infer(IEnumerable<string?> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        bool any = false, boolean = true, int32 = true, int64 = true, number = true;
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
        }

        if (!any)
        {
            return (ColumnKind.String, DateStyle.Iso);
        }

        if (boolean)
        {
            return (ColumnKind.Boolean, DateStyle.Iso);
        }

        if (int32 || int64 || number)
        {
            return (int32 ? ColumnKind.Int32 : int64 ? ColumnKind.Int64 : ColumnKind.Double, DateStyle.Iso);
        }

        return InferDateStyle(present) is { } style ? (ColumnKind.DateTime, style) : (ColumnKind.String, DateStyle.Iso);
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
}
