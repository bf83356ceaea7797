using Microsoft.DotNet.Interactive.Documents;
using Nalytiq.Cli.Parameters;
using Nalytiq.Localization;

namespace Nalytiq.Cli;

/// <summary>An executed notebook with what the report needs to describe the run.</summary>
/// <param name="Notebook">The input notebook's full path.</param>
/// <param name="Executed">The executed document: every cell, with outputs and per-cell metadata.</param>
/// <param name="Cells">Per element of <paramref name="Executed"/>: its run, or null for a Markdown or empty cell.</param>
/// <param name="Parameters">The parameters injected (empty when the defaults ran).</param>
/// <param name="InjectedCell">The index of the injected-parameters cell in <paramref name="Executed"/>, if any.</param>
/// <param name="Language">The session language.</param>
/// <param name="Started">When the run started.</param>
/// <param name="Ended">When it ended.</param>
internal sealed record NotebookRun(
    string Notebook,
    InteractiveDocument Executed,
    IReadOnlyList<CellRun?> Cells,
    IReadOnlyList<NotebookParameter> Parameters,
    int? InjectedCell,
    Language Language,
    DateTimeOffset Started,
    DateTimeOffset Ended)
{
    public IEnumerable<CellRun> Failures => Cells.OfType<CellRun>().Where(c => c.Status == CellStatus.Failed);

    public int CodeCells => Cells.Count(c => c is not null);

    public int CellsRun => Cells.Count(c => c is { Status: not CellStatus.NotRun });

    public TimeSpan Elapsed => Ended - Started;
}
