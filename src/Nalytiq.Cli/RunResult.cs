namespace Nalytiq.Cli;

/// <summary>How a notebook run went.</summary>
/// <param name="Output">The executed notebook written.</param>
/// <param name="CellsRun">Code cells executed.</param>
/// <param name="FailedCell">The 1-based number of the cell that failed, if one did.</param>
/// <param name="Error">Its error message.</param>
/// <param name="Elapsed">Total time.</param>
internal sealed record RunResult(string Output, int CellsRun, int? FailedCell, string? Error, TimeSpan Elapsed)
{
    public bool Succeeded => FailedCell is null;
}
