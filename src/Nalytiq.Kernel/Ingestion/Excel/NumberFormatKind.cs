namespace Nalytiq.Ingestion.Excel;

/// <summary>What a cell's number format says its number is.</summary>
internal enum NumberFormatKind
{
    /// <summary>A plain number (General, 0.00, percentages, currencies…).</summary>
    Number,

    /// <summary>A date, with or without a time (<c>yyyy-mm-dd</c>, <c>m/d/yy h:mm</c>).</summary>
    Date,

    /// <summary>A time of day without a date (<c>hh:mm:ss</c>, <c>h:mm AM/PM</c>).</summary>
    TimeOfDay,

    /// <summary>An elapsed duration (<c>[h]:mm:ss</c>, <c>[mm]:ss</c>), which may pass 24 hours.</summary>
    Duration,
}
