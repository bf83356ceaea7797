namespace Nalytiq.Assistant;

/// <summary>How much of the context to render: the steps the token budget takes it down by.</summary>
/// <param name="Samples">Whether sample and frequent values are included (samples level only).</param>
/// <param name="DetailedColumns">Columns, most relevant first, that keep their figures; the others keep name and type.</param>
/// <param name="KeptColumns">Columns, most relevant first, that are listed at all.</param>
internal sealed record ContextShape(bool Samples, int DetailedColumns, int KeptColumns);
