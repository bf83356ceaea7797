namespace Nalytiq.Assistant;

/// <summary>A tool call the model got wrong (unknown column, text where a number is needed); told back to the model.</summary>
internal sealed class ToolException(string message) : Exception(message);
