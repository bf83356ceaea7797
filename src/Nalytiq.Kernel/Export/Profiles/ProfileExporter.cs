using System.Text;
using System.Text.Json;
using Nalytiq.Analysis;
using Nalytiq.Charts;
using Nalytiq.Export.Profiles;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>Writes a profile as JSON or as a self-contained HTML report, all or nothing.</summary>
internal static class ProfileExporter
{
    public static Task<ExportResult> ExportAsync(
        DataProfile profile,
        string title,
        string fullPath,
        ExportOptions options,
        Localizer text,
        IChartRenderer charts,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        DocumentExport.WriteAsync(
            fullPath,
            options,
            profile.Columns.Count,
            clock,
            (format, now) => format == DataFormat.Json
                ? JsonSerializer.SerializeToUtf8Bytes(
                    new ProfileDocument(title, $"Nalytiq {Workbench.Version}", text.Code, now, [.. profile.Alerts.Select(a => a.Message.ToString(text))], profile),
                    ProfileJsonContext.Default.ProfileDocument)
                : Encoding.UTF8.GetBytes(new ProfileHtmlWriter(profile, title, text, new ReportCharts(charts, text), now).Write()),
            cancellationToken);
}
