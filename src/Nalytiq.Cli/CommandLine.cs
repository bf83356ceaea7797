using Nalytiq.Localization;

namespace Nalytiq.Cli;

/// <summary>Parses <c>nalytiq run &lt;notebook&gt; [--output &lt;file&gt;] [--lang en|fr|rw]</c>.</summary>
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
        Language? language = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o":
                    output = Value(args, ref i);
                    break;
                case "--lang":
                    var code = Value(args, ref i);
                    language = Localizer.ParseLanguage(code) ?? throw new UsageException(new LocalizedText("Option_InvalidChoice", "--lang", code, "en, fr, rw"));
                    break;
                case var option when option.StartsWith('-'):
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

        return new RunOptions(notebook, output ?? RunOptions.DefaultOutput(notebook), language);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new UsageException(new LocalizedText("Cli_MissingValue", args[i - 1]));
}

/// <summary>The command line is wrong; the message says how to use it.</summary>
internal sealed class UsageException(LocalizedText text) : NalytiqException(text);
