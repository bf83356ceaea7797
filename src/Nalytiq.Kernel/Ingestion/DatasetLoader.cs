using Nalytiq.Localization;

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
        _ = options;
        _ = progress;
        cancellationToken.ThrowIfCancellationRequested();
        throw new IngestException(new LocalizedText("Upload_UnsupportedFormat", path), path);
    }
}
