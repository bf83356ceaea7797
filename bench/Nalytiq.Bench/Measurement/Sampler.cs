using System.Diagnostics;
using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Measurement;

/// <summary>Times one load with the heap settled before it and measured after it.</summary>
internal static class Sampler
{
    /// <summary>
    /// Runs one load. The table is returned still alive so the caller decides when it dies; the heap accounting happens
    /// outside the timed region.
    /// </summary>
    public static async Task<(Sample Sample, ILoadedTable Table)> MeasureAsync(IEngine engine, string path, CancellationToken cancellationToken)
    {
        Settle();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;

        var stopwatch = Stopwatch.StartNew();
        var table = await engine.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();

        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var pause = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
        var collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(table);
        process.Dispose();

        var sample = new Sample(
            stopwatch.Elapsed.TotalSeconds,
            after - before,
            allocatedBytes,
            pause,
            collections.Item1,
            collections.Item2,
            collections.Item3,
            cpuSeconds);
        return (sample, table);
    }

    /// <summary>Leaves no garbage from a previous run for the next one to pay for.</summary>
    public static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
