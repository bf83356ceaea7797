using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Profiling;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>ingest-stages [file] [--iterations N]</c>: times the building blocks of a load (read, hash, decode, tokenize, parse,
/// build the frame) alone, to show where an ingest's time can go and what the floor is on this machine.
/// </summary>
internal static class IngestStagesCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var path = BenchPaths.ExistingCsv(arguments);
        var log = Console.Error;
        var phases = FloorPhases.All();
        var (results, errors) = await new Comparison(phases, 1, arguments.Int("iterations", 3), log).RunAsync(path, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync().ConfigureAwait(false);
        await log.WriteLineAsync($"{"phase",-16} {"median s",9} {"min s",7} {"retained MB",12} {"alloc MB",9} {"gc s",6}").ConfigureAwait(false);
        foreach (var r in results)
        {
            await log.WriteLineAsync(
                $"{r.Engine,-16} {r.MedianSeconds,9:F3} {r.MinSeconds,7:F3} {r.MedianRetainedBytes / 1e6,12:F1} {r.MedianAllocatedBytes / 1e6,9:F1} {r.MedianGcPauseSeconds,6:F3}")
                .ConfigureAwait(false);
        }

        foreach (var (phase, error) in errors)
        {
            await log.WriteLineAsync($"{phase}: FAILED {error}").ConfigureAwait(false);
        }

        return errors.Count == 0 ? 0 : 1;
    }
}
