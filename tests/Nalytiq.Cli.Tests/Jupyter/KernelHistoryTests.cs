using Nalytiq.Cli.Jupyter;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public sealed class KernelHistoryTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("nalytiq-history-").FullName;
    private readonly List<string> _log = [];

    [Fact]
    public void Each_start_is_the_next_session_and_sees_the_cells_of_earlier_ones()
    {
        var first = Open();
        first.Add(1, "var a = 3;", null);
        first.Add(2, "a * 2", "6");

        var second = Open();
        second.Add(1, "a", "3");

        second.Session.ShouldBe(2);
        second.Tail(2).ShouldBe([new HistoryEntry(1, 2, "a * 2", "6"), new HistoryEntry(2, 1, "a", "3")]);
        second.Range(-1, 2, null).ShouldBe([new HistoryEntry(1, 2, "a * 2", "6")]);
        second.Range(0, 0, null).ShouldBe([new HistoryEntry(2, 1, "a", "3")]);
    }

    [Fact]
    public void Search_matches_the_whole_code_with_a_glob_latest_last()
    {
        var history = Open();
        history.Add(1, "a * 2", "6");
        history.Add(2, "var b = 1;", null);
        history.Add(3, "a * 2", "6");

        history.Search("a ?*", unique: false, count: null).Select(e => e.Line).ShouldBe([1, 3]);
        history.Search("a ?*", unique: true, count: null).Select(e => e.Line).ShouldBe([3]);
        history.Search("*", unique: false, count: 2).Select(e => e.Line).ShouldBe([2, 3]);
        history.Search("b", unique: false, count: null).ShouldBeEmpty();
    }

    [Fact]
    public void Corrupt_lines_are_skipped_and_logged_and_a_cut_record_does_not_swallow_the_next()
    {
        Open().Add(1, "kept", null);
        File.AppendAllText(Path.Combine(_home, KernelHistory.FileName), "not json\n{\"session\": \"x\"}\n{\"session\": 1, \"li");

        var history = Open();
        history.Add(1, "after", null);

        Open().Tail(10).Select(e => e.Input).ShouldBe(["kept", "after"]);
        _log.Count(l => l.Contains("skipped 3 line(s)", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void An_unwritable_file_is_logged_and_history_is_kept_in_memory()
    {
        Directory.CreateDirectory(Path.Combine(_home, KernelHistory.FileName));

        var history = Open();
        history.Add(1, "in memory", null);

        history.Tail(10).Select(e => e.Input).ShouldBe(["in memory"]);
        _log.ShouldContain(l => l.Contains("cannot write", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private KernelHistory Open() => KernelHistory.Open(_home, TimeProvider.System, _log.Add);
}
