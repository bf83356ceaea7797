using System.Globalization;
using Nalytiq.Ingestion.Columns;

namespace Nalytiq.Ingestion.Excel;

/// <summary>One cell: its value in the invariant text form the column builders read back exactly, and its type.</summary>
internal readonly record struct ExcelCell(string? Text, CellType Type)
{
    private static readonly DateTime Base1900 = new(1899, 12, 31);
    private static readonly DateTime LeapBugEnd = new(1900, 3, 1);
    private static readonly DateTime Base1904 = new(1904, 1, 1);

    /// <summary>
    /// Converts what ExcelDataReader returns. It turns every date- or time-formatted serial into a DateTime (a time of
    /// day lands on 1899-12-31); a format without a date part gives the serial back as a TimeSpan, to the millisecond
    /// ExcelDataReader keeps.
    /// </summary>
    public static ExcelCell From(object? value, string? format, bool date1904) => value switch
    {
        null or DBNull => default,
        string s => new ExcelCell(s, CellType.Text),
        bool b => new ExcelCell(b ? "true" : "false", CellType.Boolean),
        TimeSpan t => Time(t),
        DateTime d => NumberFormats.Classify(format) is NumberFormatKind.TimeOfDay or NumberFormatKind.Duration
            ? Time(d - (date1904 ? Base1904 : d < LeapBugEnd ? Base1900 : Base1900.AddDays(-1)))
            : new ExcelCell(Date(d), CellType.Date),
        double n => NumberFormats.Classify(format) is NumberFormatKind.TimeOfDay or NumberFormatKind.Duration && double.IsFinite(n) && Math.Abs(n) < 10_000_000
            ? Time(TimeSpan.FromMilliseconds(Math.Round(n * TimeSpan.FromDays(1).TotalMilliseconds)))
            : new ExcelCell(n.ToString("R", CultureInfo.InvariantCulture), CellType.Number),
        IConvertible c when c.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal =>
            new ExcelCell(c.ToString(CultureInfo.InvariantCulture), CellType.Number),
        _ => new ExcelCell(Convert.ToString(value, CultureInfo.InvariantCulture), CellType.Text),
    };

    // A spreadsheet keeps a time as a fraction of a day: to the millisecond, as Excel shows and stores it.
    private static ExcelCell Time(TimeSpan value) =>
        new(TimeText.Format(new TimeSpan((long)Math.Round(value.Ticks / (double)TimeSpan.TicksPerMillisecond) * TimeSpan.TicksPerMillisecond)), CellType.Time);

    private static string Date(DateTime d) => d.TimeOfDay == TimeSpan.Zero
        ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
