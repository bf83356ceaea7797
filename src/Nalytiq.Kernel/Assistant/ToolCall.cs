namespace Nalytiq.Assistant;

/// <summary>One tool the model called, what it asked for and what it got back.</summary>
/// <param name="Name">The function, e.g. <c>quantile</c>.</param>
/// <param name="Arguments">The arguments, as <c>name=value</c> pairs.</param>
/// <param name="Result">The result sent back to the model (or the error it was told).</param>
public sealed record ToolCall(string Name, string Arguments, string Result);
