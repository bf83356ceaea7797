using System.Text;
using System.Text.Json;
using Nalytiq.Charts;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Export.Runs;

/// <summary>Writes a recorded training run as JSON or as a self-contained HTML report, all or nothing.</summary>
internal static class RunExporter
{
    public static Task<ExportResult> ExportAsync(
        RunInfo run,
        IReadOnlyList<MetricPoint> history,
        string fullPath,
        ExportOptions options,
        Localizer text,
        IChartRenderer charts,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        DocumentExport.WriteAsync(
            fullPath,
            options,
            run.Dataset?.Schema.Count ?? 0,
            clock,
            (format, now) => format == DataFormat.Json
                ? JsonSerializer.SerializeToUtf8Bytes(
                    new RunDocument($"Nalytiq {Workbench.Version}", text.Code, now, run, history),
                    RunExportJsonContext.Default.RunDocument)
                : Encoding.UTF8.GetBytes(new RunHtmlWriter(run, history, text, new ReportCharts(charts, text), now).Write()),
            cancellationToken);
}
