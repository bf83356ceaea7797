namespace Nalytiq.Cli;

/// <summary>What happened to a code cell in a run.</summary>
internal enum CellStatus
{
    /// <summary>It ran without error.</summary>
    Completed,

    /// <summary>It ran and failed.</summary>
    Failed,

    /// <summary>An earlier cell failed and the run stopped before it.</summary>
    NotRun,
}
