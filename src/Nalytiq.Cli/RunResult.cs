namespace Nalytiq.Cli;

/// <summary>How a notebook run went.</summary>
/// <param name="Output">The executed notebook written.</param>
/// <param name="Report">The HTML report written, if one was asked for.</param>
/// <param name="CellsRun">Code cells executed.</param>
/// <param name="CodeCells">Code cells in the notebook, the injected one included.</param>
/// <param name="Failures">The cells that failed, in order.</param>
/// <param name="Elapsed">Total time.</param>
internal sealed record RunResult(string Output, string? Report, int CellsRun, int CodeCells, IReadOnlyList<CellRun> Failures, TimeSpan Elapsed)
{
    public bool Succeeded => Failures.Count == 0;

    /// <summary>The 1-based number of the first cell that failed, if one did.</summary>
    public int? FailedCell => Failures.Count > 0 ? Failures[0].Number : null;

    /// <summary>The first failure's message.</summary>
    public string? Error => Failures.Count > 0 ? Failures[0].Error : null;
}
