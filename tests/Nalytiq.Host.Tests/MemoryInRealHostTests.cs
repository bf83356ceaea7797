using System.Globalization;
using Nalytiq.Cli.Tests;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Nalytiq.Host.Tests;

/// <summary>
/// Re-running a cell that binds a large value in the real dotnet-interactive host, with the packed extension loaded:
/// the value it replaces is released, so the host's managed heap (reported by a cell) keeps about one such value.
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class MemoryInRealHostTests(PackedExtension package, ITestOutputHelper output)
{
    private const int Runs = 10;
    private const long ArrayBytes = 12_000_000L * sizeof(double);

    // The frame's own buffers: a timestamp, two 4-byte integers and two string references a row.
    private const long FrameBytes = SalesCsv.Rows * (8L + 4 + 4 + 8 + 8);

    // A full, blocking, compacting collection, then the bytes still live.
    private const string HeapCell =
        "System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;\n"
        + "System.GC.Collect(); System.GC.WaitForPendingFinalizers();\n"
        + "System.GC.GetTotalMemory(true)";

    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Rerunning_a_large_array_cell_ten_times_keeps_about_one_array_on_the_hosts_heap()
    {
        var folder = package.NewWorkingDirectory();
        await using var host = await HostSession.StartAsync(package.Tool, folder);
        await host.LoadNalytiqAsync(package);

        var heap = await RerunAsync(host, "var arr = new double[12_000_000];");

        (heap[^1] - heap[1]).ShouldBeLessThan(ArrayBytes, Describe(heap));
        CellOutput.ReturnedText(await host.SubmitAsync("arr.Length", CellTimeout)).ShouldBe("12000000");
    }

    [Fact]
    public async Task Reuploading_a_three_million_row_csv_ten_times_keeps_about_one_frame_on_the_hosts_heap()
    {
        var folder = package.NewWorkingDirectory();
        var csv = SalesCsv.Write(folder);
        await using var host = await HostSession.StartAsync(package.Tool, folder);
        await host.LoadNalytiqAsync(package);

        var heap = await RerunAsync(host, $"#!upload \"{csv}\" --name big");

        (heap[^1] - heap[1]).ShouldBeLessThan(FrameBytes, Describe(heap));
        CellOutput.ReturnedText(await host.SubmitAsync("big.Rows.Count", CellTimeout)).ShouldBe("3000000");
    }

    private async Task<List<long>> RerunAsync(HostSession host, string cell)
    {
        var heap = new List<long> { await HeapAsync(host) };
        for (var run = 0; run < Runs; run++)
        {
            CellOutput.ShouldSucceed(await host.SubmitAsync(cell, CellTimeout));
            heap.Add(await HeapAsync(host));
        }

        output.WriteLine($"host's managed heap, before then after each run: {Describe(heap)}");
        return heap;
    }

    private static async Task<long> HeapAsync(HostSession host)
    {
        var events = await host.SubmitAsync(HeapCell, CellTimeout);
        CellOutput.ShouldSucceed(events);
        return long.Parse(CellOutput.ReturnedText(events), NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    private static string Describe(IEnumerable<long> bytes) =>
        string.Join(" → ", bytes.Select(b => (b / 1048576.0).ToString("0", CultureInfo.InvariantCulture))) + " MB";
}
