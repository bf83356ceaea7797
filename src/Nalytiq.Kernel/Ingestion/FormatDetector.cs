using Nalytiq.Localization;

namespace Nalytiq.Ingestion;

/// <summary>Chooses the reader from the file extension unless the options name the format.</summary>
internal static class FormatDetector
{
    public static DataFormat Detect(string path, DataFormat requested)
    {
        var format = requested != DataFormat.Auto ? requested : DataFormats.FromExtension(path);

        // HTML is a format we write (reports), never one we read.
        return format is { } readable and not DataFormat.Html
            ? readable
            : throw new IngestException(new LocalizedText("Upload_UnsupportedFormat", path), path);
    }
}
