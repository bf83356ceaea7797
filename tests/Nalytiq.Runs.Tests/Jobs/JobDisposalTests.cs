using Nalytiq.Jobs;
using Nalytiq.Localization;
using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Jobs;

public sealed class JobDisposalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Disposing_the_processor_cancels_running_and_queued_jobs_and_lets_the_job_record_its_run_as_cancelled()
    {
        using var home = new TempHome();
        using var store = new RunStore(home.Path);
        var jobs = new JobProcessor();
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = jobs.Enqueue("train", (progress, token) => TrackedWorkAsync(store, started, progress, token), "train");
        var queued = jobs.Enqueue("queued", (_, _) => Task.FromResult(new JobResult(LocalizedText.Verbatim("never"))));
        var runId = await started.Task.WaitAsync(Patience);

        await jobs.DisposeAsync();

        running.Snapshot().Status.ShouldBe(JobStatus.Cancelled);
        queued.Snapshot().Status.ShouldBe(JobStatus.Cancelled);
        var run = await store.GetRunAsync(runId);
        run!.Status.ShouldBe(RunStatus.Cancelled);
        run.Metrics.ShouldContainKey("progress");
        Should.Throw<ObjectDisposedException>(() => jobs.Enqueue("late", (_, _) => Task.FromResult(new JobResult(LocalizedText.Verbatim("x")))));
    }

    [Fact]
    public async Task Disposing_the_workbench_cancels_its_jobs_before_closing_the_run_store()
    {
        using var home = new TempHome();
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var workbench = new Workbench(new WorkbenchOptions { HomeDirectory = home.Path, WorkingDirectory = home.Path });
        var job = workbench.Jobs.Enqueue("train", (progress, token) => TrackedWorkAsync(workbench.Runs, started, progress, token), "train");
        var runId = await started.Task.WaitAsync(Patience);

        await workbench.DisposeAsync();

        job.Snapshot().Status.ShouldBe(JobStatus.Cancelled);
        using var reopened = new RunStore(home.Path);
        (await reopened.GetRunAsync(runId))!.Status.ShouldBe(RunStatus.Cancelled);
    }

    /// <summary>
    /// What a background training job does: records a run, works in steps until told to stop, and ends the run as
    /// cancelled (with a token that is not cancelled) when it is.
    /// </summary>
    private static async Task<JobResult> TrackedWorkAsync(RunStore store, TaskCompletionSource<string> started, IProgress<JobProgress> progress, CancellationToken token)
    {
        var run = await store.CreateRunAsync("background", "until cancelled", cancellationToken: token);
        try
        {
            for (var step = 1; ; step++)
            {
                await store.LogMetricAsync(run.Id, "progress", step, step, token);
                progress.Report(new JobProgress(null));
                started.TrySetResult(run.Id);
                await Task.Delay(20, token);
            }
        }
        catch (OperationCanceledException)
        {
            await store.EndRunAsync(run.Id, RunStatus.Cancelled, "Cancelled", CancellationToken.None);
            throw;
        }
    }
}
