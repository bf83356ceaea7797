using Microsoft.DotNet.Interactive.Events;
using Shouldly;
using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// The result cache inside the real host: the embedded Garnet server starts in the kernel's process, and a new kernel
/// on the same notebook folder (a kernel restart) gets the entry back from Garnet.
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class CacheInRealHostTests(PackedExtension package)
{
    private const string Request =
        """
        var key = Nalytiq.Caching.CacheKey.Create("probe", "fingerprint", new { Bins = 20 }, "1");
        var result = await Nalytiq.Extensions.NalytiqExtension.Workbench!.Cache.GetOrCreateAsync(key, _ => ValueTask.FromResult("value"));
        result.Source + "|" + result.Value + "|" + (result.Warning is null ? "no warning" : result.Warning.ToString())
        """;

    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_restarted_kernel_gets_the_cached_result_from_the_embedded_Garnet()
    {
        // Arrange
        var folder = package.NewWorkingDirectory();
        IReadOnlyList<KernelEvent> first, second, afterRestart;

        // Act
        await using (var host = await HostSession.StartAsync(package.Tool, folder))
        {
            await host.LoadNalytiqAsync(package);
            first = await host.SubmitAsync(Request, CellTimeout);
            second = await host.SubmitAsync(Request, CellTimeout);
        }

        await using (var restarted = await HostSession.StartAsync(package.Tool, folder))
        {
            await restarted.LoadNalytiqAsync(package);
            afterRestart = await restarted.SubmitAsync(Request, CellTimeout);
        }

        // Assert
        CellOutput.ReturnedText(first).ShouldBe("Computed|value|no warning");
        CellOutput.ReturnedText(second).ShouldBe("Memory|value|no warning");
        CellOutput.ReturnedText(afterRestart).ShouldBe("Garnet|value|no warning");
        Directory.Exists(Path.Combine(folder, ".nalytiq", "cache", "AOF")).ShouldBeTrue();
    }

}
