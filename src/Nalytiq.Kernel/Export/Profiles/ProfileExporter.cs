using System.Text;
using System.Text.Json;
using Nalytiq.Analysis;
using Nalytiq.Charts;
using Nalytiq.Export.Profiles;
using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>Writes a profile as JSON or as a self-contained HTML report, all or nothing.</summary>
internal static class ProfileExporter
{
    public static async Task<ExportResult> ExportAsync(
        DataProfile profile,
        string title,
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
        byte[] content;
        if (format == ExportFormat.Json)
        {
            var document = new ProfileDocument(
                title,
                $"Nalytiq {Workbench.Version}",
                text.Code,
                now,
                [.. profile.Alerts.Select(a => a.Message.ToString(text))],
                profile);
            content = JsonSerializer.SerializeToUtf8Bytes(document, ProfileJsonContext.Default.ProfileDocument);
        }
        else
        {
            content = Encoding.UTF8.GetBytes(new ProfileHtmlWriter(profile, title, text, charts, now).Write());
        }

        var (size, replaced) = await ExportTarget.WriteAsync(
            fullPath,
            options.Overwrite,
            (stream, token) => stream.WriteAsync(content, token).AsTask(),
            cancellationToken).ConfigureAwait(false);
        return new ExportResult(fullPath, format, 0, profile.Columns.Count, size, replaced, clock.GetElapsedTime(started));
    }
}
