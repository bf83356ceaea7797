using Nalytiq;
using Nalytiq.Cli;
using Nalytiq.Localization;
using Spectre.Console;

// The console the runner reports on is opened on the real stdout: the kernel redirects Console.Out while cells run.
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Out = new AnsiConsoleOutput(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true }),
});
var text = Localizer.For(Localizer.ParseLanguage(Environment.GetEnvironmentVariable("NALYTIQ_LANG")) ?? Language.English);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var options = CommandLine.Parse(args);
    if (options.Language is { } language)
    {
        text = Localizer.For(language);
    }

    console.MarkupLine($"[bold]{Markup.Escape(text.Format("Cli_Running", Path.GetFileName(options.Notebook), Workbench.Version))}[/]");
    var result = await new NotebookRunner(console, text).RunAsync(options, cancellation.Token);
    if (result.Succeeded)
    {
        console.MarkupLine($"[green]{Markup.Escape(text.Format("Cli_Succeeded", result.CellsRun, text.Duration(result.Elapsed), result.Output))}[/]");
        return 0;
    }

    console.MarkupLine($"[red]{Markup.Escape(text.Format("Cli_Failed", result.FailedCell, NotebookRunner.FirstLine(result.Error ?? string.Empty), result.Output))}[/]");
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
