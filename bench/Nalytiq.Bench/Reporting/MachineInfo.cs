using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Nalytiq.Bench.Reporting;

/// <summary>The machine and runtime a measurement was taken on, so numbers are never read without their context.</summary>
internal sealed record MachineInfo(
    int Cores,
    long MemoryBytes,
    string Os,
    string Runtime,
    bool ServerGc,
    bool ConcurrentGc,
    string? LoadAverage,
    string TakenAtUtc)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC,
        GCSettings.LatencyMode != GCLatencyMode.Batch,
        LoadAverageNow(),
        DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>The 1, 5 and 15 minute load averages (Linux); other helpers share the cores, so this says how quiet it was.</summary>
    public static string? LoadAverageNow()
    {
        const string source = "/proc/loadavg";
        if (!File.Exists(source))
        {
            return null;
        }

        var parts = File.ReadAllText(source).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Take(3));
    }
}
