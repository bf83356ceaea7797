using System.Text.Json.Serialization;
using Nalytiq.Localization;

namespace Nalytiq.Analysis;

/// <summary>Something the profile flags, with the figure that triggered it.</summary>
/// <param name="Type">The alert.</param>
/// <param name="Columns">The columns concerned: none for frame-wide alerts, two for HIGH_CORRELATION.</param>
/// <param name="Figure">
/// The triggering figure: a share (0 to 1) for MISSING, ZEROS, INFINITE, DUPLICATES and UNIQUE; the coefficient for
/// HIGH_CORRELATION; the skewness for SKEWED; the imbalance for IMBALANCE; the distinct count for CONSTANT and
/// HIGH_CARDINALITY; the share of sampled values that parse as dates for TYPE_DATE; the row count for EMPTY.
/// </param>
/// <param name="Count">The number of values or rows behind a share, when there is one.</param>
public sealed record ProfileAlert(
    [property: JsonConverter(typeof(JsonStringEnumConverter<AlertType>))] AlertType Type,
    IReadOnlyList<string> Columns,
    double Figure,
    long? Count = null)
{
    /// <summary>
    /// The resource key of the message: <c>Alert_</c> and the alert name in Pascal case (<c>Alert_EmptyFrame</c> for a
    /// frame without rows).
    /// </summary>
    [JsonIgnore]
    public string MessageKey => "Alert_" + Type switch
    {
        AlertType.EMPTY when Columns.Count == 0 => "EmptyFrame",
        AlertType.HIGH_CORRELATION => "HighCorrelation",
        AlertType.HIGH_CARDINALITY => "HighCardinality",
        AlertType.TYPE_DATE => "TypeDate",
        _ => string.Concat(Type.ToString()[0], Type.ToString()[1..].ToLowerInvariant()),
    };

    /// <summary>
    /// The message for the analyst. Placeholders: {0} the columns (comma-separated), {1} the figure, {2} the count.
    /// </summary>
    [JsonIgnore]
    public LocalizedText Message => new(MessageKey, string.Join(", ", Columns), Figure, Count);
}
