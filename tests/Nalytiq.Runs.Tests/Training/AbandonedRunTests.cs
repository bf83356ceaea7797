using System.Diagnostics;
using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Training;

public sealed class AbandonedRunTests
{
    [Fact]
    public async Task A_run_left_running_by_a_disposed_session_is_marked_failed_when_a_new_store_opens()
    {
        using var home = new TempHome();
        string left;
        using (var kernel = new RunStore(home.Path))
        {
            left = (await kernel.CreateRunAsync("churn", "interrupted")).Id;
        }

        using var next = new RunStore(home.Path);
        var run = await next.GetRunAsync(left);

        run!.Status.ShouldBe(RunStatus.Failed);
        run.EndTime.ShouldNotBeNull();
        run.Error!.ShouldContain("session");
        run.Tags[RunTags.Abandoned].ShouldBe("session");
    }

    [Fact]
    public async Task A_run_of_a_process_that_exited_is_marked_and_a_live_sessions_run_is_left_alone()
    {
        using var home = new TempHome();
        var (pid, started) = await RunAndEndProcessAsync();
        string orphan;
        using (var dead = new RunStore(home.Path, null, new RunOwner(Environment.MachineName, pid, started, Guid.NewGuid().ToString("N"))))
        {
            orphan = (await dead.CreateRunAsync("churn", "orphan")).Id;
        }

        using var live = new RunStore(home.Path);
        var alive = (await live.CreateRunAsync("churn", "alive")).Id;
        var foreign = new RunStore(home.Path, null, new RunOwner("another-machine", pid, started, "elsewhere"));
        var remote = (await foreign.CreateRunAsync("churn", "remote")).Id;
        foreign.Dispose();

        using var next = new RunStore(home.Path);
        (await next.MarkAbandonedAsync()).ShouldBe(0); // Opening already marked it.
        var runs = (await next.ListRunsAsync()).ToDictionary(r => r.Id);

        runs[orphan].Status.ShouldBe(RunStatus.Failed);
        runs[orphan].Tags[RunTags.Abandoned].ShouldBe("process");
        runs[orphan].Error!.ShouldContain(pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        runs[alive].Status.ShouldBe(RunStatus.Running);
        runs[remote].Status.ShouldBe(RunStatus.Running);
    }

    /// <summary>A real process that has come and gone: its id and start time, as a crashed kernel leaves them.</summary>
    private static async Task<(int Pid, long StartedMs)> RunAndEndProcessAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var started = new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
        process.Kill();
        await process.WaitForExitAsync();
        return (process.Id, started);
    }
}
