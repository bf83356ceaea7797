using Nalytiq.Ingestion.Delimited;

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
            _ => Task.Run(() => CsvIngestor.Load(path, options, format, progress, cancellationToken), cancellationToken),
        };
    }
}
