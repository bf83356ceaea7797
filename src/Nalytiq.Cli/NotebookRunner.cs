using System.Diagnostics;
using System.Text.Json;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Nalytiq.Localization;
using Spectre.Console;

namespace Nalytiq.Cli;

/// <summary>
/// Executes a notebook's cells in order in an in-process kernel and writes the executed notebook. It stops at the
/// first failing cell, still writing what ran, so the executed file shows where and why.
/// </summary>
internal sealed class NotebookRunner(IAnsiConsole console, Localizer text)
{
    public async Task<RunResult> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var path = Path.GetFullPath(options.Notebook);
        var outputPath = Path.GetFullPath(options.Output); // before the current directory moves to the notebook's folder
        var document = await LoadAsync(path).ConfigureAwait(false);
        var directory = Path.GetDirectoryName(path)!;

        // Relative paths in cells resolve from the notebook's folder, as they do in Jupyter and VS Code.
        Environment.CurrentDirectory = directory;
        var workbenchOptions = WorkbenchOptions.FromEnvironment(directory);
        if (options.Language is { } language)
        {
            workbenchOptions = workbenchOptions with { Language = language };
        }

        using var kernel = NotebookKernel.Create(workbenchOptions);
        var executed = new InteractiveDocument();
        foreach (var (key, value) in document.Metadata)
        {
            // The Jupyter writer regenerates the kernel list; read from an .ipynb it is a plain dictionary it can't reuse.
            if (key is not ("kernelInfo" or "polyglot_notebook"))
            {
                executed.Metadata[key] = value;
            }
        }

        var codeCells = document.Elements.Count(IsCode);
        var order = 0;
        int? failedCell = null;
        string? error = null;
        for (var index = 0; index < document.Elements.Count; index++)
        {
            var element = document.Elements[index];
            var copy = new InteractiveDocumentElement(element.Contents, element.KernelName) { Id = element.Id, Metadata = element.Metadata };
            executed.Add(copy);
            if (!IsCode(element) || failedCell is not null)
            {
                continue;
            }

            order++;
            var cellWatch = Stopwatch.StartNew();
            var submission = new SubmitCode(NugetReferences.SatisfyNalytiq(element.Contents), element.KernelName ?? "csharp");
            var result = await kernel.SendAsync(submission, cancellationToken).ConfigureAwait(false);
            var outputs = new CellOutputs();
            foreach (var e in result.Events)
            {
                outputs.Add(e, order);
            }

            copy.Outputs.AddRange(outputs.Outputs);
            copy.ExecutionOrder = order;
            Report(index + 1, order, codeCells, element, outputs.Error, cellWatch.Elapsed);
            if (outputs.Error is not null)
            {
                failedCell = index + 1;
                error = outputs.Error;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        await File.WriteAllTextAsync(outputPath, executed.ToJupyterJson("C#"), cancellationToken).ConfigureAwait(false);
        return new RunResult(outputPath, order, failedCell, error, stopwatch.Elapsed);
    }

    /// <summary>The message without the stack trace a C# exception brings; the executed notebook keeps all of it.</summary>
    internal static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();

    private static bool IsCode(InteractiveDocumentElement element) =>
        element.KernelName is not ("markdown" or "md") && !string.IsNullOrWhiteSpace(element.Contents);

    private static async Task<InteractiveDocument> LoadAsync(string path)
    {
        if (!File.Exists(path))
        {
            throw new NalytiqException(new LocalizedText("Cli_NotebookNotFound", path));
        }

        var kernels = new KernelInfoCollection
        {
            new("csharp", "C#", ["c#", "C#", "cs"]),
            new("markdown", "Markdown", ["md"]),
        };
        kernels.DefaultKernelName = "csharp";
        try
        {
            return await InteractiveDocument.LoadAsync(new FileInfo(path), kernels).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            throw new NalytiqException(new LocalizedText("Cli_NotebookUnreadable", path, e.Message), e);
        }
    }

    private void Report(int cell, int order, int total, InteractiveDocumentElement element, string? error, TimeSpan elapsed)
    {
        var firstLine = element.Contents.Split('\n', 2)[0].Trim();
        if (firstLine.Length > 60)
        {
            firstLine = firstLine[..59] + "…";
        }

        var status = error is null ? "[green]✓[/]" : "[red]✗[/]";
        console.MarkupLine($"{status} [grey]{Markup.Escape(text.Format("Cli_CellProgress", order, total, cell))}[/] {Markup.Escape(firstLine)} [grey]({Markup.Escape(text.Duration(elapsed))})[/]");
        if (error is not null)
        {
            console.MarkupLine($"  [red]{Markup.Escape(FirstLine(error))}[/]");
        }
    }
}
