using System.Diagnostics;
using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;
using Nalytiq.Training;

namespace Nalytiq.Bench.Training;

/// <summary>Times the engine (with a live progress consumer) and the bare ML.NET pipeline alternately on one frame.</summary>
internal static class OverheadRun
{
    public const double Target = 0.05;

    public static async Task<TrainOverhead> MeasureAsync(int rows, int iterations, CancellationToken cancellationToken)
    {
        var frame = TrainingFrames.Generate(rows, seed: 3);
        var request = new TrainingRequest(TrainingFrames.Label)
        {
            Trainers = [TrainerFamily.LightGbm],
            TuningTrials = 0,
            ExplainFeatures = false,
            TimeBudget = TimeSpan.FromHours(1),
        };
        var minLeaf = Math.Clamp((int)(rows * 0.8 * 0.8) / 50, 1, 20);
        var reports = 0;
        var progress = new Progress(_ => reports++);

        // Warm both paths once (JIT, LightGBM's native library) before timing.
        BarePipeline.Run(frame, 42, minLeaf);
        await new ModelTrainer().TrainAsync(frame, request, progress, cancellationToken).ConfigureAwait(false);

        var bare = new List<double>();
        var engine = new List<double>();
        double bareAuc = 0, engineAuc = 0;
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            bareAuc = BarePipeline.Run(frame, 42, minLeaf);
            bare.Add(watch.Elapsed.TotalSeconds);
            reports = 0;
            watch.Restart();
            var outcome = await new ModelTrainer().TrainAsync(frame, request, progress, cancellationToken).ConfigureAwait(false);
            engine.Add(watch.Elapsed.TotalSeconds);
            engineAuc = outcome.Metrics.Primary ?? double.NaN;
        }

        var bareMedian = Median.Of(bare);
        var engineMedian = Median.Of(engine);
        var overhead = engineMedian / bareMedian - 1;
        return new TrainOverhead(rows, iterations, [.. bare], [.. engine], bareMedian, engineMedian, overhead, Target, overhead <= Target, bareAuc, engineAuc, reports);
    }

    /// <summary>A progress consumer that does what a live display does per report: look at the latest state.</summary>
    private sealed class Progress(Action<TrainingProgress> onReport) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => onReport(value);
    }
}
