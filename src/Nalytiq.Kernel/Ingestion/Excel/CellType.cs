namespace Nalytiq.Ingestion.Excel;

/// <summary>The type of value a cell holds, as the workbook stores it.</summary>
internal enum CellType
{
    /// <summary>No value (an empty cell, an error or a formula without a cached value).</summary>
    Empty,

    /// <summary>Text, kept as text even when it looks like a number.</summary>
    Text,

    /// <summary>A number without a date or time format.</summary>
    Number,

    /// <summary>true/false.</summary>
    Boolean,

    /// <summary>A date, possibly with a time.</summary>
    Date,

    /// <summary>A time of day or a duration.</summary>
    Time,
}
