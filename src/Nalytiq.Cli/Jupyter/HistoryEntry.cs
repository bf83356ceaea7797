namespace Nalytiq.Cli.Jupyter;

/// <summary>One executed cell in the kernel's history: its kernel session, its execution count, its code and the text/plain of its result.</summary>
internal sealed record HistoryEntry(int Session, int Line, string Input, string? Output);
