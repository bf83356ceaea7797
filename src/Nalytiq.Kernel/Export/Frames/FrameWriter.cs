using Nalytiq.Ingestion;

namespace Nalytiq.Export.Frames;

/// <summary>Writes a frame's columns to a stream in one format.</summary>
internal abstract class FrameWriter
{
    public abstract Task WriteAsync(FrameExport export, Stream stream, CancellationToken cancellationToken);

    public static FrameWriter For(DataFormat format) => format switch
    {
        DataFormat.Csv => new DelimitedWriter(tab: false),
        DataFormat.Tsv => new DelimitedWriter(tab: true),
        DataFormat.Json => new JsonFrameWriter(lines: false),
        DataFormat.NdJson => new JsonFrameWriter(lines: true),
        DataFormat.Xlsx => new XlsxWriter(),
        DataFormat.Parquet => new ParquetFrameWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
