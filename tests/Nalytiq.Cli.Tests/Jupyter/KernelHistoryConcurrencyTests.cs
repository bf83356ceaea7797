using Nalytiq.Cli.Jupyter;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>Kernels started together in one folder share <c>.nalytiq/kernel-history.jsonl</c>: neither may spoil the other's history.</summary>
public sealed class KernelHistoryConcurrencyTests : IDisposable
{
    private const int Kernels = 6;
    private readonly string _home = Directory.CreateTempSubdirectory("nalytiq-history-race-").FullName;

    [Fact]
    public async Task Kernels_opening_the_history_at_the_same_moment_each_get_their_own_session()
    {
        using var start = new Barrier(Kernels);

        var sessions = await Task.WhenAll(Enumerable.Range(0, Kernels).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return Open().Session;
        })));

        sessions.Order().ShouldBe(Enumerable.Range(1, Kernels));
    }

    [Fact]
    public async Task Cells_appended_by_kernels_at_the_same_moment_are_all_kept_whole()
    {
        var histories = Enumerable.Range(0, Kernels).Select(_ => Open()).ToList();
        using var start = new Barrier(Kernels);

        await Task.WhenAll(histories.Select(history => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var line = 1; line <= 100; line++)
            {
                history.Add(line, $"cell {line} of session {history.Session} " + new string('x', 500), null);
            }
        })));

        var kept = Open().Tail(int.MaxValue);
        kept.Count.ShouldBe(Kernels * 100);
        kept.GroupBy(e => e.Session).Select(g => g.Select(e => e.Line)).ShouldAllBe(lines => lines.SequenceEqual(Enumerable.Range(1, 100)));
        kept.ShouldAllBe(e => e.Input == $"cell {e.Line} of session {e.Session} " + new string('x', 500));
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private KernelHistory Open() => KernelHistory.Open(_home, TimeProvider.System, _ => { });
}
