namespace Nalytiq.Cli;

/// <summary>One code cell's run.</summary>
/// <param name="Number">Its 1-based position among all cells of the executed notebook, Markdown included.</param>
/// <param name="Status">How it went.</param>
/// <param name="Start">When it started (null when it did not run).</param>
/// <param name="End">When it ended.</param>
/// <param name="ErrorName">The error's type name, when it failed.</param>
/// <param name="Error">The error message, when it failed.</param>
internal sealed record CellRun(int Number, CellStatus Status, DateTimeOffset? Start, DateTimeOffset? End, string? ErrorName = null, string? Error = null)
{
    public TimeSpan Duration => Start is { } start && End is { } end ? end - start : TimeSpan.Zero;
}
