using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Nalytiq.Training.Tests;

public sealed class TrainingSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Smoke()
    {
        var frame = SyntheticFrames.Customers(600);
        var outcome = await new ModelTrainer().TrainAsync(frame, new TrainingRequest("churn") { TimeBudget = TimeSpan.FromSeconds(30) });
        foreach (var t in outcome.Trials)
        {
            output.WriteLine($"{t.Number} {t.Stage} {t.Trainer} {t.ParameterText} {t.MetricValue} {t.Elapsed.TotalMilliseconds} {t.Status} {t.Error}");
        }

        foreach (var n in outcome.Plan.Notes.Concat(outcome.Notes))
        {
            output.WriteLine(n.ToString());
        }

        output.WriteLine(outcome.TaskReason.ToString());
        output.WriteLine(string.Join(", ", outcome.Metrics.Values.Select(p => $"{p.Key}={p.Value}")));
        output.WriteLine(string.Join(", ", outcome.FeatureImportance.Select(p => $"{p.Column}={p.Importance}")));
        output.WriteLine(outcome.Elapsed.ToString());
        outcome.Metrics.Primary!.Value.ShouldBeGreaterThan(0.9);
    }
}
