using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Jobs;
using Nalytiq.Localization;
using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class JobsDirectiveTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Waiting_follows_a_real_job_live_until_it_ends_and_the_table_shows_its_result()
    {
        using var session = await NotebookSession.StartAsync();
        var workbench = NalytiqExtension.GetWorkbench(session.Kernel);
        var job = workbench.Jobs.Enqueue("sum of primes", (progress, token) => PrimesJobAsync(workbench.Runs, 3_000_000, progress, token), "compute");

        var wait = await session.SubmitAsync($"#!jobs --wait {job.Id}");
        var table = await session.SubmitAsync("#!jobs");

        wait.ShouldSucceed();
        wait.OfType<DisplayedValueUpdated>().ShouldNotBeEmpty();
        wait.Html().ShouldContain("completed");
        wait.Html().ShouldContain("sum 312471072265"); // The sum of the primes below 3,000,000.
        table.Html().ShouldContain("<progress max=\"1\" value=\"1\"></progress> 100%");
        table.Html().ShouldContain("sum of primes");
        table.Html().ShouldNotContain("Finished in the background"); // Followed to its end: no notification.
        var run = await workbench.Runs.FindAsync("latest");
        run.Metric("primes").ShouldBe(31247);
    }

    [Fact]
    public async Task The_next_nalytiq_command_after_a_job_ends_shows_one_notification_with_its_run_and_metric()
    {
        using var session = await NotebookSession.StartAsync();
        var workbench = NalytiqExtension.GetWorkbench(session.Kernel);
        var job = workbench.Jobs.Enqueue("sum of primes", (progress, token) => PrimesJobAsync(workbench.Runs, 200_000, progress, token), "compute");
        var result = await job.Completion.WaitAsync(Patience);

        var next = await session.SubmitAsync("#!runs");
        var after = await session.SubmitAsync("#!runs");

        result.Status.ShouldBe(JobStatus.Completed);
        next.ShouldSucceed();
        var first = next.OfType<DisplayedValueProduced>().First().FormattedValues.Single(v => v.MimeType == "text/html").Value;
        first.ShouldContain("Finished in the background");
        first.ShouldContain($"Job {job.Id} (sum of primes) completed in");
        first.ShouldContain("run " + result.Result!.RunId![..8]);
        first.ShouldContain("primes 170");
        after.Html().ShouldNotContain("Finished in the background");
    }

    [Fact]
    public async Task Cancelling_a_running_job_stops_it_and_its_run_is_recorded_as_cancelled()
    {
        using var session = await NotebookSession.StartAsync();
        var workbench = NalytiqExtension.GetWorkbench(session.Kernel);
        var job = workbench.Jobs.Enqueue("endless", (progress, token) => PrimesJobAsync(workbench.Runs, int.MaxValue, progress, token), "compute");
        await PollAsync(() => workbench.Jobs.Get(job.Id).Progress is not null);

        var cancel = await session.SubmitAsync($"#!jobs --cancel {job.Id}");
        var ended = await job.Completion.WaitAsync(Patience);

        cancel.ShouldSucceed();
        cancel.Html().ShouldContain($"Job {job.Id} was asked to stop.");
        ended.Status.ShouldBe(JobStatus.Cancelled);
        (await workbench.Runs.ListRunsAsync()).Single().Status.ShouldBe(RunStatus.Cancelled);
    }

    [Fact]
    public async Task Jobs_speak_the_session_language_and_unknown_jobs_get_a_clear_message()
    {
        using var session = await NotebookSession.StartAsync(Language.French);

        var empty = await session.SubmitAsync("#!jobs");
        var unknown = (await session.SubmitAsync("#!jobs --wait 9")).ShouldFail();

        System.Net.WebUtility.HtmlDecode(empty.Html()).ShouldContain("Tâches de fond");
        System.Net.WebUtility.HtmlDecode(empty.Html()).ShouldContain("Aucune tâche de fond");
        unknown.Message.ShouldBe("Il n'y a pas de tâche « 9 » dans cette session. #!jobs les liste.");
    }

    /// <summary>
    /// A real background job as training will run one: it records a run, does CPU work (the sum of the primes below
    /// <paramref name="limit"/>) reporting progress, and ends the run completed, or cancelled when told to stop.
    /// </summary>
    private static async Task<JobResult> PrimesJobAsync(RunStore store, int limit, IProgress<JobProgress> progress, CancellationToken token)
    {
        var run = await store.CreateRunAsync("background", "primes", cancellationToken: token);
        try
        {
            var sum = await Task.Run(() => SumOfPrimes(limit, progress, token), token);
            var thousands = sum / 10_000_000; // A short figure to read in a card.
            await store.LogMetricAsync(run.Id, "primes", thousands, cancellationToken: token);
            await store.EndRunAsync(run.Id, RunStatus.Completed, cancellationToken: token);
            return new JobResult(LocalizedText.Verbatim($"sum {sum}")) { RunId = run.Id, MetricName = "primes", MetricValue = thousands };
        }
        catch (OperationCanceledException)
        {
            await store.EndRunAsync(run.Id, RunStatus.Cancelled, "Cancelled", CancellationToken.None);
            throw;
        }
    }

    private static long SumOfPrimes(int limit, IProgress<JobProgress> progress, CancellationToken token)
    {
        long sum = 0;
        for (var n = 2; n < limit; n++)
        {
            if (n % 20_000 == 0)
            {
                token.ThrowIfCancellationRequested();
                progress.Report(new JobProgress(n / (double)limit, LocalizedText.Verbatim($"n = {n}")));
            }

            var prime = true;
            for (var d = 2; d * d <= n; d++)
            {
                if (n % d == 0)
                {
                    prime = false;
                    break;
                }
            }

            if (prime)
            {
                sum += n;
            }
        }

        return sum;
    }

    private static async Task PollAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(20);
        }
    }
}
