using Microsoft.Data.Analysis;
using Nalytiq.Export.Frames;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>Writes a frame to a file in one of the table formats, all or nothing.</summary>
internal static class FrameExporter
{
    public static async Task<ExportResult> ExportAsync(
        DataFrame frame, string fullPath, ExportOptions options, IProgress<ExportProgress>? progress, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var format = ExportFormats.Resolve(fullPath, options.Format, profile: false);
        if (options.Culture is not null && format is not (DataFormat.Csv or DataFormat.Tsv))
        {
            throw new ExportException(new LocalizedText("Export_CultureTextOnly", DataFormats.Name(format)), fullPath);
        }

        if (options.Sheet is not null && format != DataFormat.Xlsx)
        {
            throw new ExportException(new LocalizedText("Export_SheetXlsxOnly", DataFormats.Name(format)), fullPath);
        }

        var sheet = format == DataFormat.Xlsx ? ExportFormats.SheetName(options.Sheet, fullPath) : string.Empty;
        ExportTarget.Validate(fullPath, options.Overwrite);
        var columns = ExportColumns.From(frame);
        var export = new FrameExport(columns, frame.Rows.Count, options, sheet, progress);
        var writer = FrameWriter.For(format);

        // The writers are CPU-bound loops: run them off the caller's thread so a notebook stays responsive.
        var (size, replaced) = await ExportTarget.WriteAsync(
            fullPath,
            options.Overwrite,
            (stream, token) => Task.Run(() => writer.WriteAsync(export, stream, token), token),
            cancellationToken).ConfigureAwait(false);
        return new ExportResult(fullPath, format, frame.Rows.Count, columns.Length, size, replaced, clock.GetElapsedTime(started));
    }
}
