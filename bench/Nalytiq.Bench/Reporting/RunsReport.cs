namespace Nalytiq.Bench.Reporting;

/// <summary>What <c>runs</c> measured: the run store with hundreds of runs, and two processes writing it at once.</summary>
/// <param name="Machine">Where it ran.</param>
/// <param name="Runs">Runs in the store.</param>
/// <param name="MetricPointsPerRun">Metric values logged per run (per-trial steps included).</param>
/// <param name="SeedMsPerRun">Recording one complete run (create, params, metrics, end with its JSON artifacts), median.</param>
/// <param name="OpenAndFirstListMs">A new store on the existing file: open, migrate check, abandoned check, list 100.</param>
/// <param name="Operations">Median milliseconds of each query over the iterations.</param>
/// <param name="DatabaseBytes">Size of <c>runs.db</c> plus its write-ahead log.</param>
/// <param name="Processes">The cross-process writer check.</param>
internal sealed record RunsReport(
    MachineInfo Machine,
    int Runs,
    int MetricPointsPerRun,
    double SeedMsPerRun,
    double OpenAndFirstListMs,
    IReadOnlyDictionary<string, double> Operations,
    long DatabaseBytes,
    ProcessWritersResult Processes);

/// <summary>Several processes recording runs into one new store at the same time.</summary>
/// <param name="Processes">How many writer processes.</param>
/// <param name="RunsEach">Runs each recorded.</param>
/// <param name="Seconds">Wall time until all had exited.</param>
/// <param name="RunsFound">Runs in the store afterwards (should be processes × runs each).</param>
/// <param name="CompletedRuns">Of those, completed with every metric value (should be the same).</param>
/// <param name="Integrity">SQLite's <c>PRAGMA integrity_check</c> (should be <c>ok</c>).</param>
internal sealed record ProcessWritersResult(int Processes, int RunsEach, double Seconds, int RunsFound, int CompletedRuns, string Integrity);
