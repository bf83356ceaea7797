using System.Text.Json.Serialization;
using Nalytiq.Ingestion;

namespace Nalytiq.Analysis;

/// <summary>How many columns have one kind.</summary>
/// <param name="Kind">The column kind.</param>
/// <param name="Count">The number of columns of that kind.</param>
public sealed record KindCount(
    [property: JsonConverter(typeof(JsonStringEnumConverter<ColumnKind>))] ColumnKind Kind,
    int Count);
