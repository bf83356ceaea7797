using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Directives;

/// <summary><c>#!runs</c> and <c>#!jobs</c>: the run store and the background jobs of the session.</summary>
internal sealed class TrackingDirectives(Workbench workbench)
{
    public static readonly DirectiveSpec Runs = new("#!runs", "Runs_Description",
    [
        new("--experiment", "Runs_Param_Experiment", "Runs_Hint_Experiment"),
        new("--compare", "Runs_Param_Compare", "Runs_Hint_RunIds"),
        new("--best", "Runs_Param_Best") { Flag = true },
        new("--metric", "Runs_Param_Metric", "Runs_Hint_Metric"),
    ]);

    public static readonly DirectiveSpec Jobs = new("#!jobs", "Jobs_Description",
    [
        new("--cancel", "Jobs_Param_Cancel", "Jobs_Hint_Id"),
        new("--wait", "Jobs_Param_Wait", "Jobs_Hint_Id"),
    ]);

    /// <summary>Adds both directives (the caller has checked they are not there yet).</summary>
    public static void Register(Kernel root, Workbench workbench)
    {
        var directives = new TrackingDirectives(workbench);
        root.AddDirective<NalytiqRunsCommand>(Runs.ToDirective(workbench.Text), directives.RunsAsync);
        root.AddDirective<NalytiqJobsCommand>(Jobs.ToDirective(workbench.Text), directives.JobsAsync);
    }

    private Task RunsAsync(NalytiqRunsCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var experiment = Blank(command.Experiment);
            var metric = Blank(command.Metric);
            var token = context.CancellationToken;
            if (Blank(command.Compare) is { } compare)
            {
                var ids = compare.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (ids.Length < 2)
                {
                    throw new NalytiqException(new LocalizedText("Runs_CompareNeedsTwo"));
                }

                live.Update(new RunComparisonView(await workbench.Runs.CompareAsync(ids, token)));
                return;
            }

            if (command.Best)
            {
                metric ??= await workbench.Runs.CommonHeadlineMetricAsync(experiment, token);
                var best = await workbench.Runs.FindAsync("best", metric, experiment, token);
                live.Update(new BestRunView(best, metric!));
                return;
            }

            var query = new RunQuery { Experiment = experiment, OrderByMetric = metric, Limit = RunsView.PageSize, IncludeParams = false };
            var runs = await workbench.Runs.ListRunsAsync(query, token);
            var total = runs.Count < query.Limit ? runs.Count : await workbench.Runs.CountRunsAsync(query, token);
            live.Update(new RunsView(runs, total, experiment, metric));
        });

    private Task JobsAsync(NalytiqJobsCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var jobs = workbench.Jobs;
            var clock = workbench.Options.TimeProvider;
            if (Blank(command.Wait) is { } wait)
            {
                var id = jobs.Get(wait).Id;
                JobsView View() => new([jobs.Get(id)], clock.GetUtcNow(), null);
                live.Update(View());
                try
                {
                    await live.WhileAsync(jobs.WaitAsync(id, context.CancellationToken), View, clock);
                }
                catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
                {
                    // Interrupting the cell stops the following, not the job: say so rather than "cancelled".
                    throw new NalytiqException(new LocalizedText("Jobs_StoppedFollowing", id));
                }

                jobs.Acknowledge(id); // Followed to its end here: no notification on the next command.
                live.Update(View());
                return;
            }

            JobCancellation? cancelled = null;
            if (Blank(command.Cancel) is { } cancel)
            {
                var id = jobs.Get(cancel).Id;
                cancelled = new JobCancellation(id, jobs.Cancel(id));
                jobs.Acknowledge(id);

                // A job stops at its next check of the token: give it a moment, so the table usually shows it ended.
                await Task.WhenAny(jobs.WaitAsync(id, context.CancellationToken), Task.Delay(CancelGrace, clock));
            }

            live.Update(new JobsView(jobs.List(), clock.GetUtcNow(), cancelled));
        });

    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(2);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
