using System.Globalization;
using Nalytiq.Export;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Turns the text options of <c>#!export</c> into <see cref="ExportOptions"/>, with localized errors.</summary>
internal static class ExportCommandParser
{
    public static readonly string[] Formats = ["auto", "csv", "tsv", "json", "ndjson", "xlsx", "parquet", "html"];

    public static readonly DirectiveSpec Spec = new("#!export", "Export_Description",
    [
        new("--variable", "Export_Param_Variable", "Hint_Variable") { Implicit = true },
        new("--run", "Export_Param_Run", "Predict_Hint_Run"),
        new("--to", "Export_Param_To", "Hint_Path") { Required = true, TypeHint = "file" },
        new("--format", "Export_Param_Format", Choices: Formats),
        new("--overwrite", "Export_Param_Overwrite") { Flag = true },
        new("--sheet", "Export_Param_Sheet", "Hint_Sheet"),
        new("--culture", "Export_Param_Culture", "Export_HintCulture"),
    ]);

    public static ExportOptions Parse(NalytiqExportCommand command)
    {
        var hasVariable = !string.IsNullOrWhiteSpace(command.Variable);
        var hasRun = !string.IsNullOrWhiteSpace(command.Run);
        if (hasVariable == hasRun)
        {
            throw new NalytiqException(new LocalizedText(hasRun ? "Export_VariableOrRun" : "Export_VariableRequired"));
        }

        if (string.IsNullOrWhiteSpace(command.To))
        {
            throw new NalytiqException(new LocalizedText("Export_PathRequired"));
        }

        var format = Blank(command.Format)?.ToLowerInvariant() ?? "auto";
        if (!Formats.Contains(format))
        {
            throw new NalytiqException(new LocalizedText("Option_InvalidChoice", "--format", command.Format, string.Join(", ", Formats)));
        }

        return new ExportOptions
        {
            Format = Enum.Parse<Nalytiq.Ingestion.DataFormat>(format, ignoreCase: true),
            Overwrite = command.Overwrite,
            Sheet = Blank(command.Sheet),
            Culture = Culture(Blank(command.Culture)),
        };
    }

    private static CultureInfo? Culture(string? name)
    {
        if (name is null)
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new NalytiqException(new LocalizedText("Export_UnknownCulture", name));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
