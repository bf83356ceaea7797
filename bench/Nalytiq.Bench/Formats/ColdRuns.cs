using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Formats;

/// <summary>
/// Fresh processes of this bench's <c>ingest</c> command, one load each: what a notebook's first upload pays (JIT,
/// native library loading, the page cache warm).
/// </summary>
internal static class ColdRuns
{
    public static Task<IngestReport> RunAsync(string path, string engine, CancellationToken cancellationToken) =>
        BenchProcess.RunAsync(["ingest", path, "--engine", engine], BenchJsonContext.Default.IngestReport, cancellationToken);
}
