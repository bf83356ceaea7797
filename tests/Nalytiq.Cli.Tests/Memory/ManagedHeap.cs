using System.Runtime;

namespace Nalytiq.Cli.Tests.Memory;

/// <summary>The bytes live on this process's managed heap after full, blocking, compacting collections.</summary>
internal static class ManagedHeap
{
    public const double Megabyte = 1024 * 1024;

    public static long Measure()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static string Describe(IEnumerable<long> bytes) =>
        string.Join(" → ", bytes.Select(b => (b / Megabyte).ToString("0", System.Globalization.CultureInfo.InvariantCulture))) + " MB";
}
