using System.Text.Json.Serialization;
using Nalytiq.Ingestion;

namespace Nalytiq.Analysis;

/// <summary>The profile of one column. Exactly one of the kind-specific parts is set, matching <paramref name="Kind"/>.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Kind">The column type; integer, floating-point and decimal types map to the nearest numeric kind.</param>
/// <param name="Count">Values present (not missing).</param>
/// <param name="Missing">Values missing: null, or NaN in a floating-point column.</param>
/// <param name="MissingShare">Missing values over rows, between 0 and 1.</param>
/// <param name="Distinct">Distinct values present, missing excluded.</param>
/// <param name="IsDistinctEstimate">
/// True when <paramref name="Distinct"/> is a HyperLogLog estimate (text columns with more than
/// <see cref="ProfileOptions.DistinctExactLimit"/> distinct values); numeric, date and boolean counts are always exact.
/// </param>
/// <param name="DistinctShare">Distinct values over present values, between 0 and 1.</param>
/// <param name="Numeric">Figures of an integer or floating-point column.</param>
/// <param name="Text">Figures of a text column.</param>
/// <param name="Date">Figures of a date column.</param>
/// <param name="Boolean">Figures of a boolean column.</param>
public sealed record ColumnProfile(
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ColumnKind>))] ColumnKind Kind,
    long Count,
    long Missing,
    double MissingShare,
    long Distinct,
    bool IsDistinctEstimate,
    double DistinctShare,
    NumericSummary? Numeric = null,
    TextSummary? Text = null,
    DateSummary? Date = null,
    BooleanSummary? Boolean = null);
