using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>Chooses the format from the extension unless the options name it, and checks it suits what is exported.</summary>
internal static class ExportFormats
{
    public static DataFormat Resolve(string path, DataFormat requested, bool profile)
    {
        var format = requested != DataFormat.Auto ? requested : DataFormats.FromExtension(path)
            ?? throw new ExportException(new LocalizedText("Export_UnknownFormat", path, profile ? "json, html" : "csv, tsv, json, ndjson, xlsx, parquet"), path);
        if (profile && format is not (DataFormat.Json or DataFormat.Html))
        {
            throw new ExportException(new LocalizedText("Export_ProfileFormat", DataFormats.Name(format)), path);
        }

        if (!profile && format == DataFormat.Html)
        {
            throw new ExportException(new LocalizedText("Export_FrameFormat", DataFormats.Name(format)), path);
        }

        return format;
    }

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
