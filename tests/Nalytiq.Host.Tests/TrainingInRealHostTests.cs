using System.Globalization;
using System.Text;
using Microsoft.DotNet.Interactive.Events;
using Shouldly;
using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// ML.NET inside the real host: LightGBM's native library loads from the package, <c>#!train</c> records a run, and a
/// restarted kernel predicts with that run's model read back from disk.
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class TrainingInRealHostTests(PackedExtension package)
{
    private const string Scored =
        """
        string.Join(",", fresh_predicted.Columns.Select(c => c.Name)) + "|" + fresh_predicted.Rows.Count
        """;

    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Train_then_predict_after_a_kernel_restart_in_the_host()
    {
        // Arrange
        var folder = package.NewWorkingDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder, "lots.csv"), Lots(200, seed: 1));
        await File.WriteAllTextAsync(Path.Combine(folder, "fresh.csv"), Lots(25, seed: 2));
        IReadOnlyList<KernelEvent> upload, train, runs, reupload, predict, scored;

        // Act
        await using (var host = await HostSession.StartAsync(package.Tool, folder))
        {
            await host.LoadNalytiqAsync(package);
            upload = await host.SubmitAsync("#!upload lots.csv", CellTimeout);
            train = await host.SubmitAsync("#!train lots --label specialty --exclude score --trainers sdca,lightgbm --time-budget 30", CellTimeout);
            runs = await host.SubmitAsync("(await Nalytiq.Extensions.NalytiqExtension.Workbench!.Runs.ListRunsAsync()).Single().Status.ToString()", CellTimeout);
        }

        await using (var restarted = await HostSession.StartAsync(package.Tool, folder))
        {
            await restarted.LoadNalytiqAsync(package);
            reupload = await restarted.SubmitAsync("#!upload fresh.csv", CellTimeout);
            predict = await restarted.SubmitAsync("#!predict fresh --run best", CellTimeout);
            scored = await restarted.SubmitAsync(Scored, CellTimeout);
        }

        // Assert
        CellOutput.ShouldSucceed(upload);
        CellOutput.ShouldSucceed(train);
        CellOutput.ReturnedText(runs).ShouldBe("Completed");
        CellOutput.ShouldSucceed(reupload);
        CellOutput.ShouldSucceed(predict);
        CellOutput.ReturnedText(scored).ShouldStartWith("lot,altitude,process,defects,score,specialty,PredictedLabel,Score,Probability|25");
    }

    private static string Lots(int rows, int seed)
    {
        var random = new Random(seed);
        string[] processes = ["washed", "honey", "natural"];
        var csv = new StringBuilder("lot,altitude,process,defects,score,specialty\n");
        for (var i = 0; i < rows; i++)
        {
            var altitude = 1500 + random.Next(0, 500);
            var process = processes[random.Next(processes.Length)];
            var defects = random.Next(0, 12);
            var score = 82 + ((altitude - 1500) / 150.0) + (process == "washed" ? 1 : 0) - (defects * 0.3) + random.NextDouble();
            csv.Append(CultureInfo.InvariantCulture, $"L{seed}-{i},{altitude},{process},{defects},{score:F2},{(score >= 84.5 ? "yes" : "no")}\n");
        }

        return csv.ToString();
    }
}
