using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Reporting;

/// <summary>The single JSON line <c>ingest</c> prints: one cold load by our engine, as a fresh notebook would do it.</summary>
internal sealed record IngestReport(
    string Engine,
    string File,
    long FileBytes,
    long Rows,
    int Columns,
    IReadOnlyDictionary<string, string> ColumnTypes,
    double Seconds,
    long RetainedBytes,
    double RetainedToFileRatio,
    long AllocatedBytes,
    double GcPauseSeconds,
    double CpuSeconds,
    long PeakWorkingSetBytes,
    IReadOnlyDictionary<string, double> Sums,
    TableSummary Summary);
