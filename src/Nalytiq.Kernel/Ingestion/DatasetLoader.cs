using Nalytiq.Ingestion.Columnar;
using Nalytiq.Ingestion.Delimited;
using Nalytiq.Ingestion.Excel;
using Nalytiq.Ingestion.Json;

namespace Nalytiq.Ingestion;

/// <summary>Reads a file of any supported format into a typed frame.</summary>
internal static class DatasetLoader
{
    public static Task<LoadResult> LoadAsync(
        string path,
        UploadOptions options,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        var format = FormatDetector.Detect(path, options.Format);

        // Parsing is CPU-bound: keep it off the notebook's thread.
        return format switch
        {
            DataFormat.Json or DataFormat.NdJson => Task.Run(() => JsonIngestor.Load(path, options, format, progress, cancellationToken), cancellationToken),
            DataFormat.Xlsx => Task.Run(() => ExcelIngestor.Load(path, options, progress, cancellationToken), cancellationToken),
            DataFormat.Parquet => Task.Run(() => ParquetIngestor.LoadAsync(path, options, progress, cancellationToken), cancellationToken),
            _ => Task.Run(() => CsvIngestor.LoadAsync(path, options, format, progress, cancellationToken), cancellationToken),
        };
    }
}
