using System.Globalization;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Turns the text options of <c>#!upload</c> into <see cref="UploadOptions"/>, with localized errors.</summary>
internal static class UploadCommandParser
{
    public static readonly string[] Formats = ["auto", "csv", "tsv", "json", "ndjson", "xlsx", "parquet"];
    public static readonly string[] HeaderModes = ["auto", "yes", "no"];

    public static UploadOptions Parse(NalytiqUploadCommand command) => new()
    {
        Name = Blank(command.Name),
        Format = Choice(command.Format, "--format", Formats) switch
        {
            "csv" => DataFormat.Csv,
            "tsv" => DataFormat.Tsv,
            "json" => DataFormat.Json,
            "ndjson" => DataFormat.NdJson,
            "xlsx" => DataFormat.Xlsx,
            "parquet" => DataFormat.Parquet,
            _ => DataFormat.Auto,
        },
        Sheet = Blank(command.Sheet),
        Delimiter = Delimiter(command.Delimiter),
        Encoding = Blank(command.Encoding),
        Header = Choice(command.Header, "--header", HeaderModes) switch
        {
            "yes" => HeaderMode.Yes,
            "no" => HeaderMode.No,
            _ => HeaderMode.Auto,
        },
        Comment = Comment(command.Comment),
        SkipRows = SkipRows(command.SkipRows),
        Strict = command.Strict,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Choice(string? value, string option, string[] allowed)
    {
        if (Blank(value) is not { } given)
        {
            return allowed[0];
        }

        var lower = given.ToLowerInvariant();
        return allowed.Contains(lower)
            ? lower
            : throw new NalytiqException(new LocalizedText("Option_InvalidChoice", option, given, string.Join(", ", allowed)));
    }

    private static char? Comment(string? value) => value switch
    {
        null or "" => null,
        { Length: 1 } => value[0],
        _ => throw new NalytiqException(new LocalizedText("Option_InvalidComment", value)),
    };

    private static int? SkipRows(string? value)
    {
        if (Blank(value) is not { } given)
        {
            return null;
        }

        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new NalytiqException(new LocalizedText("Option_InvalidSkipRows", given));
    }

    private static char? Delimiter(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.ToLowerInvariant() switch
        {
            "tab" or "\\t" or "\t" => '\t',
            "comma" => ',',
            "semicolon" => ';',
            "pipe" => '|',
            "space" or " " => ' ',
            _ when value.Length == 1 => value[0],
            _ => throw new NalytiqException(new LocalizedText("Option_InvalidDelimiter", value)),
        };
    }
}
