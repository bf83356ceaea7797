namespace Nalytiq.Bench.DataProfiling;

/// <summary>
/// Watches the managed heap from a background thread while something runs, and keeps the highest values seen.
/// </summary>
/// <remarks>
/// Two figures, because a garbage-collected heap has no single "memory in use": <see cref="PeakTotalBytes"/> is the
/// highest <c>GC.GetTotalMemory(false)</c> sampled every millisecond (live data plus garbage not yet collected, so an
/// upper bound that depends on the GC's budgets), <see cref="PeakAfterGcBytes"/> the highest heap size left by a
/// collection during the run minus its fragmentation (what survived a GC, closer to what was really held).
/// </remarks>
internal sealed class HeapPeakSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stopping;
    private long _peakTotalBytes;
    private long _peakAfterGcBytes;
    private int _samples;

    private HeapPeakSampler()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "heap sampler", Priority = ThreadPriority.AboveNormal };
    }

    public long PeakTotalBytes => Interlocked.Read(ref _peakTotalBytes);

    public long PeakAfterGcBytes => Interlocked.Read(ref _peakAfterGcBytes);

    public int Samples => _samples;

    public static HeapPeakSampler Start()
    {
        var sampler = new HeapPeakSampler();
        sampler.Sample(afterGcIndex: GC.GetGCMemoryInfo(GCKind.Any).Index);
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling after one last sample, so a peak reached at the very end is not missed.</summary>
    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
        Sample(afterGcIndex: -1);
    }

    private void Loop()
    {
        var lastGc = GC.GetGCMemoryInfo(GCKind.Any).Index;
        while (!_stopping)
        {
            lastGc = Sample(lastGc);
            Thread.Sleep(1);
        }
    }

    /// <summary>Takes one sample; a collection newer than <paramref name="afterGcIndex"/> updates the after-GC peak.</summary>
    private long Sample(long afterGcIndex)
    {
        _samples++;
        var total = GC.GetTotalMemory(forceFullCollection: false);
        if (total > _peakTotalBytes)
        {
            Interlocked.Exchange(ref _peakTotalBytes, total);
        }

        var info = GC.GetGCMemoryInfo(GCKind.Any);
        if (afterGcIndex >= 0 && info.Index != afterGcIndex)
        {
            var held = info.HeapSizeBytes - info.FragmentedBytes;
            if (held > _peakAfterGcBytes)
            {
                Interlocked.Exchange(ref _peakAfterGcBytes, held);
            }
        }

        return info.Index;
    }
}
