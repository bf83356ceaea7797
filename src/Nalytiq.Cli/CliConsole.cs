using Spectre.Console;

namespace Nalytiq.Cli;

/// <summary>
/// The console the runner reports on. Redirected output (a log file, a pipe, CI) gets plain text without escape codes
/// or live status lines, as does any terminal when <c>NO_COLOR</c> is set (https://no-color.org); <c>--color always</c>
/// overrides both.
/// </summary>
internal static class CliConsole
{
    public static IAnsiConsole Create(ColorMode mode, TextWriter writer, bool redirected, string? noColor)
    {
        var plain = mode switch
        {
            ColorMode.Always => false,
            ColorMode.Never => true,
            _ => redirected || !string.IsNullOrEmpty(noColor),
        };
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Yes,
            // Our markup uses the 16 standard colours; detection would read NO_COLOR again, which the mode already decided.
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Standard,
            Interactive = plain || redirected ? InteractionSupport.No : InteractionSupport.Yes,
        });
    }

    /// <summary>
    /// The <c>--color</c> value on the command line, read before the console exists (the console reports the command
    /// line's own errors); a wrong value is left to <see cref="CommandLine.Parse"/> to report.
    /// </summary>
    public static ColorMode ModeFrom(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == "--color" && CommandLine.ParseColor(args[i + 1]) is { } mode)
            {
                return mode;
            }
        }

        return ColorMode.Auto;
    }
}
