using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Training;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!runs</c>: a page of recorded runs, the best one in full, or several side by side.</summary>
internal sealed class RunsCommand(Workbench workbench)
{
    public static readonly DirectiveSpec Spec = new("#!runs", "Runs_Description",
    [
        new("--experiment", "Runs_Param_Experiment", "Runs_Hint_Experiment"),
        new("--compare", "Runs_Param_Compare", "Runs_Hint_RunIds"),
        new("--best", "Runs_Param_Best") { Flag = true },
        new("--metric", "Runs_Param_Metric", "Runs_Hint_Metric"),
    ]);

    public Task HandleAsync(NalytiqRunsCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var request = new RunsRequest { Experiment = Blank(command.Experiment), Metric = Blank(command.Metric) };
            if (Blank(command.Compare) is { } compare)
            {
                live.Update(new RunComparisonView(await workbench.CompareRunsAsync(List(compare), context.CancellationToken)));
            }
            else if (command.Best)
            {
                var best = await workbench.FindBestRunAsync(request, context.CancellationToken);
                live.Update(new BestRunView(best.Run, best.Metric ?? string.Empty));
            }
            else
            {
                var page = await workbench.ListRunsAsync(request, context.CancellationToken);
                live.Update(RunsView.Of(page));
            }
        });
}
