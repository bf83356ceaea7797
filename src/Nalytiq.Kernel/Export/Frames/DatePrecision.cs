namespace Nalytiq.Export.Frames;

/// <summary>
/// The finest time part a date column uses. Writing every value to that precision keeps a column of plain dates as
/// <c>2024-03-01</c> and never drops a fraction that is there, so the text reads back to the same instants.
/// </summary>
internal enum DatePrecision
{
    Date,
    Seconds,
    Milliseconds,
    Microseconds,
    Ticks,
}
