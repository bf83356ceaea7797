using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Localization;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Nalytiq.Cli.Tests.Memory;

/// <summary>
/// Re-running a cell that binds a large value, in the kernel <c>nalytiq run</c> and <c>nalytiq kernel</c> share: the
/// value it replaces is released. The heap is this test process's, so these tests run alone.
/// </summary>
[Collection(nameof(MemoryAcrossRerunsTests))]
[CollectionDefinition(nameof(MemoryAcrossRerunsTests), DisableParallelization = true)]
public sealed class MemoryAcrossRerunsTests(ITestOutputHelper output) : IDisposable
{
    private const int Runs = 10;
    private const long ArrayBytes = 12_000_000L * sizeof(double);

    // 3,000,000 rows × (8-byte timestamp + two 4-byte integers + two 8-byte string references): the frame's own
    // buffers, without the few distinct strings they point at.
    internal const long FrameBytes = SalesCsv.Rows * (8L + 4 + 4 + 8 + 8);

    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-memory-").FullName;

    [Fact]
    public async Task Rerunning_a_cell_that_declares_a_large_array_ten_times_keeps_about_one_array_on_the_heap()
    {
        using var kernel = NotebookKernel.Create(Options());
        await SucceedAsync(kernel, "var warm = 1;");
        var heap = new List<long> { ManagedHeap.Measure() };

        for (var run = 0; run < Runs; run++)
        {
            await SucceedAsync(kernel, "var arr = new double[12_000_000];");
            heap.Add(ManagedHeap.Measure());
        }

        output.WriteLine($"managed heap, before then after each run: {ManagedHeap.Describe(heap)}");
        (heap[^1] - heap[1]).ShouldBeLessThan(ArrayBytes, $"ten runs grew the heap {ManagedHeap.Describe(heap)}");
        (await ResultAsync(kernel, "arr.Length")).ShouldBe(12_000_000);
    }

    [Fact]
    public async Task Reuploading_a_three_million_row_csv_under_one_name_ten_times_keeps_about_one_frame_on_the_heap()
    {
        var csv = SalesCsv.Write(_directory);

        // The upload is the session's first cell: what the process starts on first use starts inside it.
        using var kernel = NotebookKernel.Create(Options());
        var heap = new List<long> { ManagedHeap.Measure() };

        for (var run = 0; run < Runs; run++)
        {
            await SucceedAsync(kernel, $"#!upload \"{csv}\" --name big");
            heap.Add(ManagedHeap.Measure());
        }

        output.WriteLine($"managed heap, before then after each upload: {ManagedHeap.Describe(heap)}");
        (heap[^1] - heap[1]).ShouldBeLessThan(FrameBytes, $"ten uploads grew the heap {ManagedHeap.Describe(heap)}");
        (await ResultAsync(kernel, "big.Rows.Count")).ShouldBe((long)SalesCsv.Rows);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private WorkbenchOptions Options() => new()
    {
        WorkingDirectory = _directory,
        HomeDirectory = Path.Combine(_directory, ".nalytiq"),
        Language = Language.English,
    };

    private static async Task<KernelCommandResult> SucceedAsync(NotebookKernel kernel, string code)
    {
        var result = await kernel.SubmitAsync(code, null, default);
        result.Events.OfType<CommandFailed>().ShouldBeEmpty(code);
        return result;
    }

    private static async Task<object?> ResultAsync(NotebookKernel kernel, string code) =>
        (await SucceedAsync(kernel, code)).Events.OfType<ReturnValueProduced>().ShouldHaveSingleItem().Value;
}
