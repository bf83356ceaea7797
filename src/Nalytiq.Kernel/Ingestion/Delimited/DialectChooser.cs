using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>Decides the delimiter and the lines above the header from the head of the file and the options.</summary>
internal static class DialectChooser
{
    private const int ShownChars = 60;

    public static CsvDialect Choose(string text, string path, UploadOptions options, DataFormat format, bool lenient, List<LocalizedText> warnings)
    {
        var sep = PreambleDetector.SepLine(text);
        var delimiter = options.Delimiter ?? sep ?? (format == DataFormat.Tsv ? '\t' : DelimiterSniffer.Sniff(text));
        int skip;
        if (options.SkipRows is { } forced)
        {
            skip = forced;
        }
        else
        {
            skip = sep is not null ? 1 : 0;
            skip += PreambleDetector.Detect(PreambleDetector.After(text, skip), delimiter, options.Comment);
            if (skip > 0 && options.Strict)
            {
                throw new IngestException(new LocalizedText("Csv_PreambleStrict", skip, Shown(text)), path, 1);
            }
        }

        if (skip > 0)
        {
            warnings.Add(new LocalizedText("Csv_PreambleSkipped", skip, Shown(text)));
        }

        return new CsvDialect(delimiter, options.Comment, skip, lenient);
    }

    // The first non-blank line, cut to a length a warning can show.
    private static string Shown(string text)
    {
        var line = PreambleDetector.FirstLine(text.TrimStart('\r', '\n', ' ', '\t')).Trim();
        return line.Length <= ShownChars ? line : line[..ShownChars] + "…";
    }
}
