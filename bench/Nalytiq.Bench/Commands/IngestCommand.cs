using System.Diagnostics;
using System.Text.Json;
using Nalytiq.Bench.Engines;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>ingest &lt;file&gt; [--engine nalytiq|loadcsv|duckdb]</c>: one load by our engine (or another, for reference) in a fresh process (JIT included, as a notebook's first upload),
/// printed as one JSON line with the numbers that let anyone check it against DuckDB.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var path = BenchPaths.ExistingCsv(arguments);
        var fileBytes = new FileInfo(path).Length;
        var engine = EngineCatalog.Find(arguments.Text("engine") ?? "nalytiq");
        var (sample, table) = await Sampler.MeasureAsync(engine, path, cancellationToken).ConfigureAwait(false);
        using (table)
        {
            var summary = table.Summarize();
            using var process = Process.GetCurrentProcess();
            var report = new IngestReport(
                engine.Name,
                path,
                fileBytes,
                summary.Rows,
                summary.Columns.Count,
                summary.Columns.ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal),
                sample.Seconds,
                sample.RetainedBytes,
                (double)sample.RetainedBytes / fileBytes,
                sample.AllocatedBytes,
                sample.GcPauseSeconds,
                sample.CpuSeconds,
                process.PeakWorkingSet64,
                summary.Columns.Where(c => c.Sum is not null).ToDictionary(c => c.Name, c => c.Sum!.Value, StringComparer.Ordinal),
                summary);
            Console.WriteLine(JsonSerializer.Serialize(report, BenchJsonContext.Default.IngestReport));
        }

        return 0;
    }
}
