namespace Nalytiq.Assistant;

/// <summary>One frame's part of the context.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Overview">Rows, columns, missing cells and duplicates (stats level and above).</param>
/// <param name="Columns">The columns, most relevant first.</param>
/// <param name="Correlations">The strongest correlations (stats level and above).</param>
/// <param name="Alerts">The profile's alerts (stats level and above).</param>
internal sealed record ContextDataset(string Name, string? Overview, IReadOnlyList<ContextColumn> Columns, string? Correlations, string? Alerts);
