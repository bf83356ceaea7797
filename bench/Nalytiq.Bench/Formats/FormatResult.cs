using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Formats;

/// <summary>One format's numbers: warm loads in this process and cold loads in fresh processes, ours against DuckDB.</summary>
/// <param name="Format">csv, parquet, json or ndjson.</param>
/// <param name="File">The file read by both engines.</param>
/// <param name="FileBytes">Its size.</param>
/// <param name="Rows">Rows each engine loaded (they must agree).</param>
/// <param name="Warm">Both engines' warm loads.</param>
/// <param name="ColdOursSeconds">Our first load in each fresh process.</param>
/// <param name="ColdDuckDbSeconds">DuckDB's first load in each fresh process.</param>
/// <param name="WarmRatio">Our warm median over DuckDB's.</param>
/// <param name="ColdRatioOfMinimums">Our fastest cold load over DuckDB's fastest.</param>
/// <param name="ColdRatioOfMedians">Our median cold load over DuckDB's median.</param>
/// <param name="Targets">The targets and whether this run met them.</param>
/// <param name="Errors">Engines that failed, with the message.</param>
internal sealed record FormatResult(
    string Format,
    string File,
    long FileBytes,
    IReadOnlyDictionary<string, long> Rows,
    IReadOnlyList<EngineResult> Warm,
    IReadOnlyList<double> ColdOursSeconds,
    IReadOnlyList<double> ColdDuckDbSeconds,
    double WarmRatio,
    double ColdRatioOfMinimums,
    double ColdRatioOfMedians,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyDictionary<string, string> Errors);
