using System.Text.Json.Serialization;

namespace Nalytiq.Analysis;

/// <summary>Figures of a date column; null parts when no value (or a single distinct value) is present.</summary>
/// <param name="Min">The earliest date.</param>
/// <param name="Max">The latest date.</param>
/// <param name="Granularity">
/// The most common spacing: each step between consecutive distinct dates is classed (second, minute, hour, day, ...)
/// and the most frequent class wins, the finer one on a tie.
/// </param>
/// <param name="LargestGap">The longest step between consecutive distinct dates.</param>
/// <param name="LargestGapStart">The date the largest gap starts from.</param>
public sealed record DateSummary(
    DateTime? Min,
    DateTime? Max,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DateGranularity>))] DateGranularity? Granularity,
    TimeSpan? LargestGap,
    DateTime? LargestGapStart);
