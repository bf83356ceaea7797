using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Measurement;

/// <summary>
/// Runs every engine in rounds, rotating the order each round, so a slow patch of the shared machine (or the page
/// cache, or the heap left by the previous engine) does not always fall on the same engine.
/// </summary>
internal sealed class Comparison(IReadOnlyList<IEngine> engines, int warmup, int iterations, TextWriter log)
{
    public async Task<(IReadOnlyList<EngineResult> Results, IReadOnlyDictionary<string, string> Errors)> RunAsync(
        string path, CancellationToken cancellationToken)
    {
        var cold = new Dictionary<string, double>(StringComparer.Ordinal);
        var samples = engines.ToDictionary(e => e.Name, _ => new List<Sample>(), StringComparer.Ordinal);
        var summaries = new Dictionary<string, TableSummary>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var rounds = Math.Max(warmup, 1) + iterations;
        for (var round = 0; round < rounds; round++)
        {
            var measured = round >= Math.Max(warmup, 1);
            for (var i = 0; i < engines.Count; i++)
            {
                var engine = engines[(i + round) % engines.Count];
                if (errors.ContainsKey(engine.Name))
                {
                    continue;
                }

                // A load that completed on another thread runs this loop inside its completion callbacks, whose stack frames
                // still reference the finished tasks and so the previous table. Leaving this stack and pausing lets those
                // thread-pool threads unwind and go idle before the next heap reading; without it, a previous table was
                // occasionally still reachable and the next load's retained memory read low by its size.
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
                try
                {
                    var summarize = measured && !summaries.ContainsKey(engine.Name);
                    var (sample, summary) = await MeasureOnceAsync(engine, path, summarize, cancellationToken).ConfigureAwait(false);
                    if (!measured)
                    {
                        cold.TryAdd(engine.Name, sample.Seconds);
                    }
                    else
                    {
                        samples[engine.Name].Add(sample);
                        if (summary is not null)
                        {
                            summaries[engine.Name] = summary;
                        }
                    }

                    await log.WriteLineAsync(
                        $"  {(measured ? "run   " : "warmup")} {engine.Name,-8} {sample.Seconds,7:F3} s  retained {sample.RetainedBytes / 1e6,8:F1} MB  allocated {sample.AllocatedBytes / 1e6,8:F1} MB  gc {sample.GcPauseSeconds,6:F3} s  cpu {sample.CpuSeconds,6:F2} s")
                        .ConfigureAwait(false);
                }
#pragma warning disable CA1031 // One engine failing (ours, while it is being written) must not hide the others' numbers.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    errors[engine.Name] = $"{e.GetType().Name}: {e.Message}";
                    await log.WriteLineAsync($"  {engine.Name} failed: {errors[engine.Name]}").ConfigureAwait(false);
                }
            }
        }

        var results = engines
            .Where(e => samples[e.Name].Count > 0)
            .Select(e => Summarize(e.Name, cold.GetValueOrDefault(e.Name, double.NaN), samples[e.Name], summaries.GetValueOrDefault(e.Name)))
            .ToList();
        return (results, errors);
    }

    /// <summary>
    /// Loads, summarizes if asked, and releases. The table never becomes a local of <see cref="RunAsync"/>: a local that
    /// the compiler hoists into the state machine would keep the previous load alive and skew the next heap reading.
    /// </summary>
    private static async Task<(Sample Sample, TableSummary? Summary)> MeasureOnceAsync(
        IEngine engine, string path, bool summarize, CancellationToken cancellationToken)
    {
        var (sample, table) = await Sampler.MeasureAsync(engine, path, cancellationToken).ConfigureAwait(false);
        using (table)
        {
            return (sample, summarize ? table.Summarize() : null);
        }
    }

    private static EngineResult Summarize(string engine, double coldSeconds, List<Sample> samples, TableSummary? summary) => new(
        engine,
        coldSeconds,
        Median.Of(samples.Select(s => s.Seconds)),
        samples.Min(s => s.Seconds),
        samples.Max(s => s.Seconds),
        Median.Of(samples.Select(s => s.RetainedBytes)),
        Median.Of(samples.Select(s => s.AllocatedBytes)),
        Median.Of(samples.Select(s => s.GcPauseSeconds)),
        Median.Of(samples.Select(s => s.CpuSeconds)),
        samples,
        summary);
}
