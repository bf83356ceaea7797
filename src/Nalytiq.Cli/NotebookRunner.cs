using System.Diagnostics;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Nalytiq.Cli.Parameters;
using Nalytiq.Cli.Reports;
using Nalytiq.Localization;
using Spectre.Console;

namespace Nalytiq.Cli;

/// <summary>
/// Executes a notebook's cells in order in an in-process kernel, after injecting its parameters, and writes the
/// executed notebook (with per-cell timings and status) and, when asked, an HTML report. It stops at the first failing
/// cell unless told to continue, and writes both files either way, so they show where and why.
/// </summary>
internal sealed partial class NotebookRunner(IAnsiConsole console, Localizer text)
{
    public async Task<RunResult> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();

        // Every path given on the command line is relative to where the runner was started, so resolve them before
        // the current directory moves to the notebook's folder.
        var path = Path.GetFullPath(options.Notebook);
        var outputPath = Path.GetFullPath(options.Output);
        var reportPath = options.Report is null ? null : Path.GetFullPath(options.Report);
        var document = await LoadAsync(path).ConfigureAwait(false);
        var parameters = await ParameterReader.ReadAsync(options.ParameterFiles, options.Parameters, cancellationToken).ConfigureAwait(false);
        var injected = ParameterInjector.Inject(document, parameters, text["Cli_InjectedComment"], out var foundDefaults);
        if (injected is not null && !foundDefaults)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(text["Cli_NoParametersCell"])}[/]");
        }

        var directory = Path.GetDirectoryName(path)!;

        // Relative paths in cells resolve from the notebook's folder, as they do in Jupyter and VS Code.
        Environment.CurrentDirectory = directory;
        var workbenchOptions = WorkbenchOptions.FromEnvironment(directory);
        if (options.Language is { } language)
        {
            workbenchOptions = workbenchOptions with { Language = language };
        }

        var clock = workbenchOptions.TimeProvider;
        var started = clock.GetUtcNow();
        var executed = CopyMetadata(document);
        CellRun?[] cells;
        using (var kernel = NotebookKernel.Create(workbenchOptions))
        {
            cells = await ExecuteAsync(kernel, document, executed, options.ContinueOnError, clock, cancellationToken).ConfigureAwait(false);
        }

        var run = new NotebookRun(path, executed, cells, parameters, injected, workbenchOptions.Language, started, clock.GetUtcNow());
        executed.Metadata[ExecutionMetadata.Key] = ExecutionMetadata.ForNotebook(run, Workbench.Version);
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        await File.WriteAllTextAsync(outputPath, executed.ToJupyterJson("C#"), cancellationToken).ConfigureAwait(false);
        if (reportPath is not null)
        {
            var html = new HtmlReport(Localizer.For(run.Language), options.HideCode).Render(run);
            Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
            await File.WriteAllTextAsync(reportPath, html, cancellationToken).ConfigureAwait(false);
        }

        return new RunResult(outputPath, reportPath, run.CellsRun, run.CodeCells, [.. run.Failures], stopwatch.Elapsed);
    }

    /// <summary>The message without the stack trace a C# exception brings; the executed notebook keeps all of it.</summary>
    internal static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();

    internal static bool IsCode(InteractiveDocumentElement element) =>
        element.KernelName is not ("markdown" or "md") && !string.IsNullOrWhiteSpace(element.Contents);
}
