using System.Diagnostics.CodeAnalysis;

namespace Nalytiq.Ingestion;

/// <summary>The inferred type of a column, from narrowest to widest where they widen.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Each kind is named after the CLR type its column holds.")]
public enum ColumnKind
{
    /// <summary>true/false values.</summary>
    Boolean,

    /// <summary>32-bit integers.</summary>
    Int32,

    /// <summary>64-bit integers.</summary>
    Int64,

    /// <summary>Floating-point numbers.</summary>
    Double,

    /// <summary>Dates and times.</summary>
    DateTime,

    /// <summary>Text.</summary>
    String,

    /// <summary>
    /// Times of day and durations (<see cref="System.TimeSpan"/>), such as a spreadsheet's <c>hh:mm:ss</c> or
    /// <c>[h]:mm</c> cells. Last so the numbers of the older kinds, which cached profiles hold, stay the same.
    /// </summary>
    Time,
}
