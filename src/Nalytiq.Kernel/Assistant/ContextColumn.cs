using Nalytiq.Ingestion;

namespace Nalytiq.Assistant;

/// <summary>One column's lines of the context, at each level of detail.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Figures">The profile figures (stats level and above), without the name.</param>
/// <param name="Samples">Sample and frequent values, already masked (samples level only).</param>
/// <param name="Relevance">0 when the question names it, 1 when an alert concerns it, 2 otherwise.</param>
/// <param name="Order">Its position in the frame.</param>
internal sealed record ContextColumn(string Name, ColumnKind Kind, string? Figures, string? Samples, int Relevance, int Order);
