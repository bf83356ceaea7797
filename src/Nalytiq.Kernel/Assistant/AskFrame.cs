using Microsoft.Data.Analysis;

namespace Nalytiq.Assistant;

/// <summary>A frame the assistant may describe and compute over, by the name the notebook knows it by.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Frame">The data; tools read it, never change it.</param>
public sealed record AskFrame(string Name, DataFrame Frame);
