namespace Nalytiq.Ingestion.Columns;

/// <summary>How the dates of one column are written; chosen once from the sample so every row reads the same way.</summary>
internal enum DateStyle
{
    /// <summary><c>2024-03-01</c>, <c>2024-03-01T13:05:00</c>, <c>2024-03-01 13:05</c>, <c>2024/03/01</c>.</summary>
    Iso,

    /// <summary><c>31/12/1998</c>: proven day-first because some day exceeds 12.</summary>
    DayFirst,

    /// <summary><c>12/31/1998</c>: proven month-first because some day exceeds 12.</summary>
    MonthFirst,

    /// <summary><c>Jun 12 1998</c>, <c>12 June 1998</c>, <c>12-Jun-1998</c>.</summary>
    MonthName,
}
