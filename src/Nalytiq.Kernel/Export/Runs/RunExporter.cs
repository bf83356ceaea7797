using System.Text;
using System.Text.Json;
using Nalytiq.Charts;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Export.Runs;

/// <summary>Writes a recorded training run as JSON or as a self-contained HTML report, all or nothing.</summary>
internal static class RunExporter
{
    public static async Task<ExportResult> ExportAsync(
        RunInfo run,
        IReadOnlyList<MetricPoint> history,
        string fullPath,
        ExportOptions options,
        Localizer text,
        IChartRenderer charts,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var format = ExportFormats.Resolve(fullPath, options.Format, profile: true);
        if (options.Culture is not null || options.Sheet is not null)
        {
            throw new ExportException(new LocalizedText("Export_ProfileOptions"), fullPath);
        }

        ExportTarget.Validate(fullPath, options.Overwrite);
        var now = clock.GetUtcNow();
        var content = format == ExportFormat.Json
            ? JsonSerializer.SerializeToUtf8Bytes(
                new RunDocument($"Nalytiq {Workbench.Version}", text.Code, now, run, history),
                RunExportJsonContext.Default.RunDocument)
            : Encoding.UTF8.GetBytes(new RunHtmlWriter(run, history, text, charts, now).Write());
        var (size, replaced) = await ExportTarget.WriteAsync(
            fullPath,
            options.Overwrite,
            (stream, token) => stream.WriteAsync(content, token).AsTask(),
            cancellationToken).ConfigureAwait(false);
        return new ExportResult(fullPath, format, 0, run.Dataset?.Schema.Count ?? 0, size, replaced, clock.GetElapsedTime(started));
    }
}
