namespace Nalytiq.Export.Frames;

/// <summary>Writes a frame's columns to a stream in one format.</summary>
internal abstract class FrameWriter
{
    public abstract Task WriteAsync(FrameExport export, Stream stream, CancellationToken cancellationToken);

    public static FrameWriter For(ExportFormat format) => format switch
    {
        ExportFormat.Csv => new DelimitedWriter(tab: false),
        ExportFormat.Tsv => new DelimitedWriter(tab: true),
        ExportFormat.Json => new JsonFrameWriter(lines: false),
        ExportFormat.NdJson => new JsonFrameWriter(lines: true),
        ExportFormat.Xlsx => new XlsxWriter(),
        ExportFormat.Parquet => new ParquetFrameWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
