using System.Diagnostics;
using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Bench.Measurement;

namespace Nalytiq.Bench.DataProfiling;

/// <summary>
/// One notebook session as the profile benchmark sees it: a <see cref="Workbench"/> on a given home folder (so its
/// embedded Garnet persists there) with the file uploaded, untimed. Disposing it is a kernel shutdown.
/// </summary>
internal sealed class ProfileSession : IAsyncDisposable
{
    private static readonly AnalyzeOptions Uncached = new() { NoCache = true };

    private readonly Workbench _workbench;
    private readonly string _name;
    private DataFrame? _frame;

    private ProfileSession(Workbench workbench, string name, DataFrame frame)
    {
        _workbench = workbench;
        _name = name;
        _frame = frame;
    }

    public static async Task<ProfileSession> OpenAsync(string path, string home, CancellationToken cancellationToken)
    {
        var workbench = new Workbench(new WorkbenchOptions
        {
            WorkingDirectory = Path.GetDirectoryName(path) ?? Environment.CurrentDirectory,
            HomeDirectory = home,
        });
        try
        {
            var dataset = await workbench.UploadAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new ProfileSession(workbench, dataset.Name, dataset.Frame);
        }
        catch
        {
            await workbench.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private DataFrame Frame => _frame ?? throw new ObjectDisposedException(nameof(ProfileSession));

    /// <summary>Starts the embedded Garnet (recovering its folder) now; returns the milliseconds it took.</summary>
    public async Task<double> StartCacheAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await _workbench.Cache.StartAsync(cancellationToken).ConfigureAwait(false);
        await _workbench.WarmUpAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    /// <summary>A profile computed without the cache: what <c>#!analyze --no-cache</c> does.</summary>
    public Task<(double Seconds, AnalysisResult Result)> ComputeAsync(CancellationToken cancellationToken) =>
        TimeAsync(Uncached, cancellationToken);

    /// <summary>A profile through the cache: what <c>#!analyze</c> does.</summary>
    public Task<(double Seconds, AnalysisResult Result)> AnalyzeAsync(CancellationToken cancellationToken) =>
        TimeAsync(AnalyzeOptions.Default, cancellationToken);

    /// <summary>
    /// One uncached profile with the heap settled before it and watched during it; the extra bytes are over the heap
    /// before the call, with the frame already loaded.
    /// </summary>
    public async Task<MemoryRun> MeasureMemoryAsync(CancellationToken cancellationToken)
    {
        Sampler.Settle();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var sampler = HeapPeakSampler.Start();
        AnalysisResult result;
        try
        {
            result = await _workbench.AnalyzeAsync(_name, Frame, Uncached, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sampler.Dispose();
        }

        var (peak, peakAfterGc, samples) = (sampler.PeakTotalBytes, sampler.PeakAfterGcBytes, sampler.Samples);
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var collected = GC.CollectionCount(0) - collections;
        GC.KeepAlive(result);
        return new MemoryRun(Math.Max(0, peak - before), Math.Max(0, peakAfterGc - before), allocatedBytes, collected, samples);
    }

    public async ValueTask DisposeAsync()
    {
        _frame = null;
        await _workbench.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<(double Seconds, AnalysisResult Result)> TimeAsync(AnalyzeOptions options, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await _workbench.AnalyzeAsync(_name, Frame, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (stopwatch.Elapsed.TotalSeconds, result);
    }
}
