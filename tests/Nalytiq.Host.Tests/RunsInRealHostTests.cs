using System.Net;
using Microsoft.DotNet.Interactive.Events;
using Shouldly;
using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// The run store and background jobs inside the real host: SQLite's native library loads from the package, a job runs
/// beside the notebook, and a restarted kernel still lists the runs (and marks the one its predecessor left running).
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class RunsInRealHostTests(PackedExtension package)
{
    private const string Record =
        """
        var wb = Nalytiq.Extensions.NalytiqExtension.Workbench!;
        var tags = new Dictionary<string, string> { [Nalytiq.Training.RunTags.HeadlineMetric] = "auc" };
        var done = await wb.Runs.CreateRunAsync("host", "probe run", null, tags);
        await wb.Runs.LogMetricsAsync(done.Id, new Nalytiq.Training.MetricValue[] { new("auc", 0.8125, 1), new("auc", 0.875, 2) });
        await wb.Runs.EndRunAsync(done.Id, Nalytiq.Training.RunStatus.Completed);
        var left = await wb.Runs.CreateRunAsync("host", "left running");
        var job = wb.Jobs.Enqueue("host job", async (progress, token) =>
        {
            for (var i = 1; i <= 4; i++)
            {
                await Task.Delay(150, token);
                progress.Report(new Nalytiq.Jobs.JobProgress(i / 4.0));
            }

            return new Nalytiq.Jobs.JobResult(Nalytiq.Localization.LocalizedText.Verbatim("done")) { RunId = done.Id, MetricName = "auc", MetricValue = 0.875 };
        });
        job.Id
        """;

    private const string View =
        """
        await Nalytiq.Extensions.NalytiqExtension.Workbench!.ListRunsAsync()
        """;

    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Runs_and_a_background_job_work_in_the_host_and_the_runs_outlive_a_kernel_restart()
    {
        // Arrange
        var folder = package.NewWorkingDirectory();
        IReadOnlyList<KernelEvent> record, wait, status, runs, afterRestart, view;

        // Act
        await using (var host = await HostSession.StartAsync(package.Tool, folder))
        {
            await host.LoadNalytiqAsync(package);
            record = await host.SubmitAsync(Record, CellTimeout);
            wait = await host.SubmitAsync("#!jobs --wait 1", CellTimeout);
            status = await host.SubmitAsync("wb.Jobs.Get(\"1\").Status.ToString()", CellTimeout);
            runs = await host.SubmitAsync("#!runs --experiment host", CellTimeout);
        }

        await using (var restarted = await HostSession.StartAsync(package.Tool, folder))
        {
            await restarted.LoadNalytiqAsync(package);
            afterRestart = await restarted.SubmitAsync("#!runs", CellTimeout);
            view = await restarted.SubmitAsync(View, CellTimeout);
        }

        // Assert
        CellOutput.ShouldSucceed(record);
        CellOutput.ReturnedText(record).ShouldBe("1");
        CellOutput.ShouldSucceed(wait);
        CellOutput.ReturnedText(status).ShouldBe("Completed");
        CellOutput.ShouldSucceed(runs);
        CellOutput.ShouldSucceed(afterRestart);

        // The .NET proxy drops displays of a magic command's child command: read the same view as a return value.
        CellOutput.ShouldSucceed(view);
        Html(view).ShouldContain("probe run");
        Html(view).ShouldContain(">0.875<");
        Html(view).ShouldContain("failed (abandoned)");
        File.Exists(Path.Combine(folder, ".nalytiq", "runs.db")).ShouldBeTrue();
    }

    private static string Html(IReadOnlyList<KernelEvent> events) => WebUtility.HtmlDecode(string.Join(
        "\n",
        events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).Where(v => v.MimeType == "text/html").Select(v => v.Value)));
}
