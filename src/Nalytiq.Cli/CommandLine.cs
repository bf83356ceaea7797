using Nalytiq.Localization;

namespace Nalytiq.Cli;

/// <summary>
/// Parses <c>nalytiq run &lt;notebook&gt; [--output &lt;file&gt;] [--report &lt;file.html&gt;] [--hide-code]
/// [-p &lt;name&gt; &lt;value&gt;]... [-f &lt;params.json|yaml&gt;]... [--continue-on-error] [--lang en|fr|rw]
/// [--color auto|always|never]</c>.
/// </summary>
internal static class CommandLine
{
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not "run")
        {
            throw new UsageException(new LocalizedText("Cli_Usage"));
        }

        string? notebook = null;
        string? output = null;
        string? report = null;
        Language? language = null;
        bool hideCode = false, continueOnError = false;
        var parameters = new List<KeyValuePair<string, string>>();
        var files = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o":
                    output = Value(args, ref i);
                    break;
                case "--report" or "-r":
                    report = Value(args, ref i);
                    break;
                case "--parameter" or "-p":
                    var name = Value(args, ref i);
                    parameters.Add(new(name, Value(args, ref i)));
                    break;
                case "--parameters-file" or "-f":
                    files.Add(Value(args, ref i));
                    break;
                case "--hide-code":
                    hideCode = true;
                    break;
                case "--continue-on-error":
                    continueOnError = true;
                    break;
                case "--color":
                    var color = Value(args, ref i);
                    _ = ParseColor(color) ?? throw new UsageException(new LocalizedText("Option_InvalidChoice", "--color", color, "auto, always, never"));
                    break;
                case "--lang":
                    var code = Value(args, ref i);
                    language = Localizer.ParseLanguage(code) ?? throw new UsageException(new LocalizedText("Option_InvalidChoice", "--lang", code, "en, fr, rw"));
                    break;
                case var option when option.StartsWith('-') && option.Length > 1:
                    throw new UsageException(new LocalizedText("Cli_UnknownOption", option));
                default:
                    notebook = notebook is null ? args[i] : throw new UsageException(new LocalizedText("Cli_Usage"));
                    break;
            }
        }

        if (notebook is null)
        {
            throw new UsageException(new LocalizedText("Cli_Usage"));
        }

        return new RunOptions(notebook, output ?? RunOptions.DefaultOutput(notebook), language)
        {
            Parameters = parameters,
            ParameterFiles = files,
            Report = report,
            HideCode = hideCode,
            ContinueOnError = continueOnError,
        };
    }

    /// <summary>The <c>--color</c> value, or null when it is not one of <c>auto</c>, <c>always</c>, <c>never</c>.</summary>
    public static ColorMode? ParseColor(string value) => value.ToLowerInvariant() switch
    {
        "auto" => ColorMode.Auto,
        "always" => ColorMode.Always,
        "never" => ColorMode.Never,
        _ => null,
    };

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new UsageException(new LocalizedText("Cli_MissingValue", args[i - 1]));
}
