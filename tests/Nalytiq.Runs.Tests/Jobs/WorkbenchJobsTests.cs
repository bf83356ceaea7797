using Microsoft.Extensions.Time.Testing;
using Nalytiq.Jobs;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Jobs;

/// <summary>The <c>#!jobs</c> policy, as the workbench applies it: following, cancelling with a grace, notifications.</summary>
public sealed class WorkbenchJobsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Cancelling_gives_a_job_that_does_not_stop_at_once_the_grace_then_reports()
    {
        using var home = new TempHome();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var workbench = NewWorkbench(home, clock);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = workbench.Jobs.Enqueue("stubborn", async (_, _) =>
        {
            await release.Task; // Ignores its token, as work between two checks does.
            return new JobResult(LocalizedText.Verbatim("done"));
        });
        await PollAsync(() => workbench.GetJob(job.Id).Status == JobStatus.Running);

        var cancelling = workbench.CancelJobAsync(job.Id);
        clock.Advance(Workbench.JobCancelGrace - TimeSpan.FromMilliseconds(1));
        var beforeGrace = cancelling.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var report = await cancelling.WaitAsync(Patience);
        release.SetResult();

        beforeGrace.ShouldBeFalse();
        report.Cancelled.ShouldBe(new JobCancellation(job.Id, Requested: true));
        report.Items.ShouldHaveSingleItem().Status.ShouldBe(JobStatus.Running);
        report.Now.ShouldBe(clock.GetUtcNow());
    }

    [Fact]
    public async Task A_cancelled_job_that_stops_is_reported_ended_and_never_notified()
    {
        using var home = new TempHome();
        await using var workbench = NewWorkbench(home, new FakeTimeProvider());
        var job = workbench.Jobs.Enqueue("endless", async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return new JobResult(LocalizedText.Verbatim("never"));
        });
        await PollAsync(() => workbench.GetJob(job.Id).Status == JobStatus.Running);

        var report = await workbench.CancelJobAsync("#" + job.Id).WaitAsync(Patience);

        report.Items.ShouldHaveSingleItem().Status.ShouldBe(JobStatus.Cancelled);
        workbench.TakeJobNotifications().ShouldBeEmpty();
    }

    [Fact]
    public async Task Following_a_job_to_its_end_marks_it_seen_and_stopping_to_follow_leaves_it_running()
    {
        using var home = new TempHome();
        await using var workbench = NewWorkbench(home, TimeProvider.System);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = workbench.Jobs.Enqueue("slow", async (_, _) =>
        {
            await release.Task;
            return new JobResult(LocalizedText.Verbatim("done"));
        });
        using var interrupt = new CancellationTokenSource();

        var following = workbench.WaitForJobAsync(job.Id, interrupt.Token);
        await interrupt.CancelAsync();
        var stopped = await Should.ThrowAsync<JobException>(() => following);
        var stillRunning = workbench.GetJob(job.Id).IsFinished;
        release.SetResult();
        var ended = await workbench.WaitForJobAsync(job.Id).WaitAsync(Patience);

        stopped.Text.Key.ShouldBe("Jobs_StoppedFollowing");
        stopped.Text.Arguments.ShouldBe([job.Id]);
        stillRunning.ShouldBeFalse();
        ended.Status.ShouldBe(JobStatus.Completed);
        workbench.TakeJobNotifications().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_session_without_jobs_has_no_notifications_and_asking_starts_no_processor()
    {
        using var home = new TempHome();
        await using var workbench = NewWorkbench(home, TimeProvider.System);

        var notifications = workbench.TakeJobNotifications();

        notifications.ShouldBeEmpty();
        workbench.StartedJobs.ShouldBeNull();
    }

    private static Workbench NewWorkbench(TempHome home, TimeProvider clock) =>
        new(new WorkbenchOptions { HomeDirectory = home.Path, WorkingDirectory = home.Path, TimeProvider = clock });

    private static async Task PollAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(10);
        }
    }
}
