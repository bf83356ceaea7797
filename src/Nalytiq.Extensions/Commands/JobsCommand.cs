using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!jobs</c>: the session's background jobs; follow one live to its end, or cancel one.</summary>
internal sealed class JobsCommand(Workbench workbench)
{
    public static readonly DirectiveSpec Spec = new("#!jobs", "Jobs_Description",
    [
        new("--cancel", "Jobs_Param_Cancel", "Jobs_Hint_Id"),
        new("--wait", "Jobs_Param_Wait", "Jobs_Hint_Id"),
    ]);

    public Task HandleAsync(NalytiqJobsCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var clock = workbench.Options.TimeProvider;
            if (Blank(command.Wait) is { } wait)
            {
                var id = workbench.GetJob(wait).Id;
                JobsView View() => new([workbench.GetJob(id)], clock.GetUtcNow(), null);
                live.Update(View());
                await live.WhileAsync(workbench.WaitForJobAsync(id, context.CancellationToken), View);
                live.Update(View());
                return;
            }

            var report = Blank(command.Cancel) is { } cancel
                ? await workbench.CancelJobAsync(cancel, context.CancellationToken)
                : workbench.ListJobs();
            live.Update(new JobsView(report.Items, report.Now, report.Cancelled));
        });
}
