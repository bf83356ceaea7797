using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>Chooses the format from the extension unless the options name it, and checks it suits what is exported.</summary>
internal static class ExportFormats
{
    public static ExportFormat Resolve(string path, ExportFormat requested, bool profile)
    {
        var format = requested != ExportFormat.Auto ? requested : Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" => ExportFormat.Csv,
            ".TSV" or ".TAB" => ExportFormat.Tsv,
            ".JSON" => ExportFormat.Json,
            ".NDJSON" or ".JSONL" => ExportFormat.NdJson,
            ".XLSX" => ExportFormat.Xlsx,
            ".PARQUET" => ExportFormat.Parquet,
            ".HTML" or ".HTM" => ExportFormat.Html,
            _ => throw new ExportException(new LocalizedText("Export_UnknownFormat", path, profile ? "json, html" : "csv, tsv, json, ndjson, xlsx, parquet"), path),
        };
        if (profile && format is not (ExportFormat.Json or ExportFormat.Html))
        {
            throw new ExportException(new LocalizedText("Export_ProfileFormat", Name(format)), path);
        }

        if (!profile && format == ExportFormat.Html)
        {
            throw new ExportException(new LocalizedText("Export_FrameFormat", Name(format)), path);
        }

        return format;
    }

    /// <summary>The format as the command line spells it.</summary>
    public static string Name(ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>
    /// A worksheet name Excel accepts: 1 to 31 characters, none of <c>: \ / ? * [ ]</c>, not starting or ending with an
    /// apostrophe. By default, the file name cut to fit.
    /// </summary>
    public static string SheetName(string? requested, string path)
    {
        if (requested is null)
        {
            var name = new string([.. Path.GetFileNameWithoutExtension(path).Select(c => InvalidSheetChars.Contains(c) ? '_' : c)]).Trim('\'', ' ');
            return name.Length == 0 ? "Sheet1" : name[..Math.Min(name.Length, 31)];
        }

        var sheet = requested.Trim();
        if (sheet.Length is 0 or > 31 || sheet.IndexOfAny(InvalidSheetChars) >= 0 || sheet.StartsWith('\'') || sheet.EndsWith('\''))
        {
            throw new ExportException(new LocalizedText("Export_InvalidSheet", requested));
        }

        return sheet;
    }

    private static char[] InvalidSheetChars { get; } = [':', '\\', '/', '?', '*', '[', ']'];
}
