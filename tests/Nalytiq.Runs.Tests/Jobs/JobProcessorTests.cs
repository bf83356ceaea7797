using Nalytiq.Jobs;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Jobs;

public sealed class JobProcessorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task By_default_one_job_runs_at_a_time_in_the_order_queued()
    {
        await using var jobs = new JobProcessor();
        var running = 0;
        var most = 0;
        var order = new List<int>();

        var queued = Enumerable.Range(1, 4).Select(n => jobs.Enqueue($"job {n}", async (progress, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            lock (order)
            {
                order.Add(n);
            }

            var sum = await Task.Run(() => SumOfPrimes(200_000, progress, token), token);
            Interlocked.Decrement(ref running);
            return new JobResult(LocalizedText.Verbatim(sum.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        })).ToArray();
        var finished = await Task.WhenAll(queued.Select(j => j.Completion)).WaitAsync(Patience);

        finished.ShouldAllBe(s => s.Status == JobStatus.Completed && s.Progress!.Fraction == 1);
        most.ShouldBe(1);
        order.ShouldBe([1, 2, 3, 4]);
        finished[0].Result!.Summary.ToString().ShouldBe("1709600813");
    }

    [Fact]
    public async Task A_larger_bound_runs_that_many_jobs_together()
    {
        await using var jobs = new JobProcessor(new JobProcessorOptions { MaxConcurrency = 2 });
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;

        async Task<JobResult> WorkAsync(IProgress<JobProgress> progress, CancellationToken token)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(token);
            return new JobResult(LocalizedText.Verbatim("done"));
        }

        var first = jobs.Enqueue("a", WorkAsync);
        var second = jobs.Enqueue("b", WorkAsync);
        var third = jobs.Enqueue("c", WorkAsync);

        await bothStarted.Task.WaitAsync(Patience);
        (await first.Completion.WaitAsync(Patience)).Status.ShouldBe(JobStatus.Completed);
        (await second.Completion.WaitAsync(Patience)).Status.ShouldBe(JobStatus.Completed);
        (await third.Completion.WaitAsync(Patience)).Status.ShouldBe(JobStatus.Completed);
    }

    [Fact]
    public async Task Cancelling_a_queued_job_ends_it_at_once_and_a_running_one_through_its_token()
    {
        await using var jobs = new JobProcessor();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = jobs.Enqueue("long", async (progress, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return new JobResult(LocalizedText.Verbatim("never"));
        });
        var queued = jobs.Enqueue("waiting", (_, _) => Task.FromResult(new JobResult(LocalizedText.Verbatim("never"))));
        await started.Task.WaitAsync(Patience);

        jobs.Get(queued.Id).Status.ShouldBe(JobStatus.Pending);
        jobs.Cancel(queued.Id).ShouldBeTrue();
        jobs.Get(queued.Id).Status.ShouldBe(JobStatus.Cancelled);
        jobs.Get(running.Id).Status.ShouldBe(JobStatus.Running);
        jobs.Cancel(running.Id).ShouldBeTrue();
        var ended = await jobs.WaitAsync(running.Id).WaitAsync(Patience);

        ended.Status.ShouldBe(JobStatus.Cancelled);
        ended.EndedAt.ShouldNotBeNull();
        jobs.Cancel(running.Id).ShouldBeFalse();
        (await queued.Completion.WaitAsync(Patience)).StartedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_failing_job_keeps_its_error_and_the_next_job_still_runs()
    {
        await using var jobs = new JobProcessor();
        var known = jobs.Enqueue("known", (_, _) => throw new NalytiqException(new LocalizedText("Runs_NoneCompleted")));
        var unknown = jobs.Enqueue("unknown", async (_, _) =>
        {
            await Task.Yield();
            throw new InvalidOperationException("disk full");
        });
        var next = jobs.Enqueue("next", (_, _) => Task.FromResult(new JobResult(LocalizedText.Verbatim("ok"))));

        var knownEnd = await known.Completion.WaitAsync(Patience);
        var unknownEnd = await unknown.Completion.WaitAsync(Patience);

        knownEnd.Status.ShouldBe(JobStatus.Failed);
        knownEnd.Error!.ToString(Localizer.French).ShouldBe("Aucune exécution n'est encore terminée.");
        unknownEnd.Status.ShouldBe(JobStatus.Failed);
        unknownEnd.Error!.ToString().ShouldContain("InvalidOperationException");
        unknownEnd.Error.ToString().ShouldContain("disk full");
        (await next.Completion.WaitAsync(Patience)).Status.ShouldBe(JobStatus.Completed);
    }

    [Fact]
    public async Task Finished_jobs_are_notified_once_except_those_already_acknowledged()
    {
        await using var jobs = new JobProcessor();
        var a = jobs.Enqueue("a", (_, _) => Task.FromResult(new JobResult(LocalizedText.Verbatim("a")) { RunId = "abc", MetricName = "auc", MetricValue = 0.9 }));
        var b = jobs.Enqueue("b", (_, _) => Task.FromResult(new JobResult(LocalizedText.Verbatim("b"))));
        var c = jobs.Enqueue("c", (_, _) => Task.FromResult(new JobResult(LocalizedText.Verbatim("c"))));
        await Task.WhenAll(a.Completion, b.Completion, c.Completion).WaitAsync(Patience);
        jobs.Acknowledge(b.Id);

        var first = jobs.TakeFinishedNotifications();
        var second = jobs.TakeFinishedNotifications();

        first.Select(s => s.Id).ShouldBe([a.Id, c.Id]);
        first[0].Result!.RunId.ShouldBe("abc");
        second.ShouldBeEmpty();
        jobs.List().Select(s => s.Title.ToString()).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public async Task Progress_reports_are_visible_in_snapshots_and_raise_changes()
    {
        await using var jobs = new JobProcessor();
        var reported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var changes = 0;
        jobs.Changed += (_, _) => Interlocked.Increment(ref changes);
        var job = jobs.Enqueue("steps", async (progress, token) =>
        {
            progress.Report(new JobProgress(0.25, new LocalizedText("Jobs_NotFound", "x")));
            reported.SetResult();
            await release.Task.WaitAsync(token);
            return new JobResult(LocalizedText.Verbatim("done"));
        });
        await reported.Task.WaitAsync(Patience);

        var during = jobs.Get(job.Id);
        release.SetResult();
        await job.Completion.WaitAsync(Patience);

        during.Status.ShouldBe(JobStatus.Running);
        during.Progress!.Fraction.ShouldBe(0.25);
        during.StartedAt.ShouldNotBeNull();
        Volatile.Read(ref changes).ShouldBeGreaterThanOrEqualTo(3); // started, progress, ended
    }

    [Fact]
    public async Task An_unknown_job_id_gets_a_clear_error()
    {
        await using var jobs = new JobProcessor();

        Should.Throw<JobException>(() => jobs.Cancel("42")).Message.ShouldBe("There is no job '42' in this session. #!jobs lists them.");
        await Should.ThrowAsync<JobException>(() => jobs.WaitAsync("nope"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>Real CPU work with progress: the sum of the primes below <paramref name="limit"/>, by trial division.</summary>
    internal static long SumOfPrimes(int limit, IProgress<JobProgress> progress, CancellationToken token)
    {
        long sum = 0;
        for (var n = 2; n < limit; n++)
        {
            if (n % 10_000 == 0)
            {
                token.ThrowIfCancellationRequested();
                progress.Report(new JobProgress(n / (double)limit));
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
}
