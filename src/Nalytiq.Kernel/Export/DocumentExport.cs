using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>
/// The shared path of the documents Nalytiq exports (profiles, runs): JSON or HTML only, no culture or sheet option,
/// the target checked first, then written all or nothing.
/// </summary>
internal static class DocumentExport
{
    /// <summary>Writes what <paramref name="render"/> produces for the resolved format and the export time.</summary>
    public static async Task<ExportResult> WriteAsync(
        string fullPath,
        ExportOptions options,
        int columns,
        TimeProvider clock,
        Func<DataFormat, DateTimeOffset, byte[]> render,
        CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var format = ExportFormats.Resolve(fullPath, options.Format, profile: true);
        if (options.Culture is not null || options.Sheet is not null)
        {
            throw new ExportException(new LocalizedText("Export_ProfileOptions"), fullPath);
        }

        ExportTarget.Validate(fullPath, options.Overwrite);
        var content = render(format, clock.GetUtcNow());
        var (size, replaced) = await ExportTarget.WriteAsync(
            fullPath,
            options.Overwrite,
            (stream, token) => stream.WriteAsync(content, token).AsTask(),
            cancellationToken).ConfigureAwait(false);
        return new ExportResult(fullPath, format, 0, columns, size, replaced, clock.GetElapsedTime(started));
    }
}
