using Microsoft.Extensions.Time.Testing;
using Nalytiq.Cli.Jupyter;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public sealed class ConsoleChunksTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly CountingWriter _out = new();
    private readonly CountingWriter _error = new();

    [Fact]
    public void Many_small_writes_reach_the_capture_as_few_chunks()
    {
        var chunks = new ConsoleChunks(_clock);

        for (var i = 0; i < 100_000; i++)
        {
            chunks.Write(_out, "x");
        }

        chunks.Flush();

        _out.ToString().Length.ShouldBe(100_000);
        _out.Writes.ShouldBeLessThanOrEqualTo(13);
    }

    [Fact]
    public void Text_waits_at_most_the_interval_and_the_two_streams_keep_their_order()
    {
        var chunks = new ConsoleChunks(_clock);

        chunks.Write(_out, "a");
        _clock.Advance(ConsoleChunks.Interval);
        var afterInterval = _out.ToString();
        chunks.Write(_out, "b");
        chunks.Write(_error, "e");
        var afterSwitch = _out.ToString();
        chunks.Write(_out, "c");
        chunks.Flush();

        afterInterval.ShouldBe("a");
        afterSwitch.ShouldBe("ab");
        _error.ToString().ShouldBe("e");
        _out.ToString().ShouldBe("abc");
    }

    [Fact]
    public void Past_the_limit_text_is_counted_not_kept_and_a_surrogate_pair_is_never_split()
    {
        var chunks = new ConsoleChunks(_clock);
        var limit = new CellOutputLimit();
        chunks.Limit = limit;

        chunks.Write(_out, new string('x', CellOutputLimit.Characters - 1));
        chunks.Write(_out, "😀 and more");
        chunks.Write(_error, "lost");
        chunks.Flush();

        _out.ToString().Length.ShouldBe(CellOutputLimit.Characters - 1);
        _error.ToString().ShouldBeEmpty();
        limit.Omitted.ShouldBe("😀 and more".Length + "lost".Length);
    }

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(string? value)
        {
            Writes++;
            base.Write(value);
        }
    }
}
