using Microsoft.DotNet.Interactive.Documents;
using Spectre.Console;

namespace Nalytiq.Cli;

/// <summary>Running the cells, with a line of progress per cell.</summary>
internal sealed partial class NotebookRunner
{
    private async Task<CellRun?[]> ExecuteAsync(
        NotebookKernel kernel, InteractiveDocument document, InteractiveDocument executed, bool continueOnError, TimeProvider clock, CancellationToken cancellationToken)
    {
        var cells = new CellRun?[document.Elements.Count];
        var codeCells = document.Elements.Count(IsCode);
        var order = 0;
        var stopped = false;
        for (var index = 0; index < document.Elements.Count; index++)
        {
            var element = document.Elements[index];
            var metadata = element.Metadata is null ? new Dictionary<string, object>() : new Dictionary<string, object>(element.Metadata);
            var copy = new InteractiveDocumentElement(element.Contents, element.KernelName) { Id = element.Id, Metadata = metadata };
            executed.Add(copy);
            if (!IsCode(element))
            {
                continue;
            }

            if (stopped)
            {
                cells[index] = new CellRun(index + 1, CellStatus.NotRun, null, null);
                metadata[ExecutionMetadata.Key] = ExecutionMetadata.ForCell(cells[index]!);
                continue;
            }

            order++;
            var start = clock.GetUtcNow();
            var label = Markup.Escape(text.Format("Cli_CellRunning", order, codeCells, index + 1, Summary(element)));
            // A spinner on a terminal; in a CI log the line written when the cell ends is enough.
            var result = console.Profile.Capabilities.Interactive
                ? await console.Status().StartAsync(label, _ => kernel.SubmitAsync(element.Contents, element.KernelName, cancellationToken)).ConfigureAwait(false)
                : await kernel.SubmitAsync(element.Contents, element.KernelName, cancellationToken).ConfigureAwait(false);
            var outputs = new CellOutputs();
            foreach (var e in result.Events)
            {
                outputs.Add(e, order);
            }

            var run = outputs.Error is null
                ? new CellRun(index + 1, CellStatus.Completed, start, clock.GetUtcNow())
                : new CellRun(index + 1, CellStatus.Failed, start, clock.GetUtcNow(), outputs.ErrorName, outputs.Error);
            cells[index] = run;
            copy.Outputs.AddRange(outputs.Outputs);
            copy.ExecutionOrder = order;
            metadata[ExecutionMetadata.Key] = ExecutionMetadata.ForCell(run);
            Report(order, codeCells, element, run);
            stopped = run.Status == CellStatus.Failed && !continueOnError;
        }

        return cells;
    }

    private static string Summary(InteractiveDocumentElement element)
    {
        var firstLine = element.Contents.TrimStart().Split('\n', 2)[0].Trim();
        return firstLine.Length > 60 ? firstLine[..59] + "…" : firstLine;
    }

    private void Report(int order, int total, InteractiveDocumentElement element, CellRun run)
    {
        var status = run.Status == CellStatus.Completed ? "[green]✓[/]" : "[red]✗[/]";
        console.MarkupLine($"{status} [grey]{Markup.Escape(text.Format("Cli_CellProgress", order, total, run.Number))}[/] {Markup.Escape(Summary(element))} [grey]({Markup.Escape(text.Duration(run.Duration))})[/]");
        if (run.Error is not null)
        {
            console.MarkupLine($"  [red]{Markup.Escape(FirstLine(run.Error))}[/]");
        }
    }
}
