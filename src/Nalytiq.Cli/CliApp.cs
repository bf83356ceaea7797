using Nalytiq.Cli.Jupyter;
using Nalytiq.Localization;
using Spectre.Console;

namespace Nalytiq.Cli;

/// <summary>
/// The <c>nalytiq</c> command: parses the command line, runs the notebook and returns the exit code (0 success, 1 a
/// cell or the run failed, 2 a wrong command line, 130 cancelled). Errors are one localized line, never a stack trace.
/// </summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var text = Localizer.For(Localizer.ParseLanguage(Environment.GetEnvironmentVariable("NALYTIQ_LANG")) ?? Language.English);
        try
        {
            if (args.Count > 0 && args[0] == "kernel")
            {
                return await RunKernelAsync(args, cancellationToken).ConfigureAwait(false);
            }

            var options = CommandLine.Parse(args);
            if (options.Language is { } language)
            {
                text = Localizer.For(language);
            }

            console.MarkupLine($"[bold]{Markup.Escape(text.Format("Cli_Running", Path.GetFileName(options.Notebook), Workbench.Version))}[/]");
            var result = await new NotebookRunner(console, text).RunAsync(options, cancellationToken).ConfigureAwait(false);
            if (result.Report is not null)
            {
                console.MarkupLine(Markup.Escape(text.Format("Cli_Report", result.Report)));
            }

            if (result.Succeeded)
            {
                console.MarkupLine($"[green]{Markup.Escape(text.Format("Cli_Succeeded", result.CellsRun, text.Duration(result.Elapsed), result.Output))}[/]");
                return 0;
            }

            var message = result.Failures.Count == 1 && !options.ContinueOnError
                ? text.Format("Cli_Failed", result.FailedCell, NotebookRunner.FirstLine(result.Error ?? string.Empty), result.Output)
                : text.Format("Cli_FailedContinued", result.Failures.Count, result.CodeCells, string.Join(", ", result.Failures.Select(f => f.Number)), result.Output);
            console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
            return 1;
        }
        catch (UsageException e)
        {
            console.MarkupLine(Markup.Escape(e.Localize(text)));
            return 2;
        }
        catch (NalytiqException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Localize(text))}[/]");
            return 1;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(text["Command_Cancelled"])}[/]");
            return 130;
        }
#pragma warning disable CA1031 // The process boundary: report anything else in one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.MarkupLine($"[red]{Markup.Escape(text.Format("Command_Unexpected", e.GetType().Name, e.Message))}[/]");
            return 1;
        }
    }

    private static async Task<int> RunKernelAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = KernelCommandLine.Parse(args);

        // Opened before any cell runs: the kernel redirects Console.Out and Console.Error while cells run.
        var log = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });
        return await KernelCli.RunAsync(options, Console.Out, log, cancellationToken).ConfigureAwait(false);
    }
}
