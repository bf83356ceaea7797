using System.Text;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The text a cell writes to <c>Console.Out</c> and <c>Console.Error</c>, limited and gathered into chunks before it
/// reaches the C# kernel's console capture. That capture keeps an event per write until the command ends, so a loop of
/// one-character writes would cost hundreds of bytes per character; and past the cell's <see cref="CellOutputLimit"/>
/// text is only counted. A chunk is passed on when it is full, when <see cref="Interval"/> has passed, when the other
/// stream or another execution context writes, and on <see cref="Flush"/>; it is written within the execution context it
/// came from, which is how the capture knows whose output it is.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "Lives as long as the kernel process (see CellConsole): its timer is never stopped.")]
internal sealed class ConsoleChunks
{
    /// <summary>The longest written text waits before it is passed on.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private const int ChunkCharacters = 8192;

    private readonly Lock _lock = new();
    private readonly StringBuilder _pending = new();
    private readonly ITimer _timer;
    private TextWriter _pendingTarget = TextWriter.Null;
    private ExecutionContext? _pendingContext;
    private CellOutputLimit? _limit;

    public ConsoleChunks(TimeProvider clock)
    {
        _timer = clock.CreateTimer(_ => FlushOnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The running cell's limit; null lets everything through. Text still waiting leaves first.</summary>
    public CellOutputLimit? Limit
    {
        set
        {
            lock (_lock)
            {
                FlushPending();
                _limit = value;
            }
        }
    }

    /// <summary>Takes what the limit allows of <paramref name="text"/>, on its way to <paramref name="target"/>.</summary>
    public void Write(TextWriter target, ReadOnlySpan<char> text)
    {
        lock (_lock)
        {
            var shown = _limit is { } limit ? limit.Take(text) : text.Length;
            if (shown == 0)
            {
                return;
            }

            var context = ExecutionContext.Capture();
            if (_pending.Length > 0 && (!ReferenceEquals(target, _pendingTarget) || !ReferenceEquals(context, _pendingContext)))
            {
                FlushPending();
            }

            if (_pending.Length == 0)
            {
                _pendingTarget = target;
                _pendingContext = context;
                _timer.Change(Interval, Timeout.InfiniteTimeSpan);
            }

            _pending.Append(text[..shown]);
            if (_pending.Length >= ChunkCharacters)
            {
                FlushPending();
            }
        }
    }

    /// <summary>Passes on what is waiting now.</summary>
    public void Flush()
    {
        lock (_lock)
        {
            FlushPending();
        }
    }

    // A timer thread's boundary: an exception there would end the process.
    private void FlushOnTimer()
    {
        try
        {
            Flush();
        }
#pragma warning disable CA1031 // Text that cannot be passed on is lost, never the kernel.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private void FlushPending()
    {
        if (_pending.Length == 0)
        {
            return;
        }

        var text = _pending.ToString();
        var target = _pendingTarget;
        var context = _pendingContext;
        _pending.Clear();
        _pendingTarget = TextWriter.Null;
        _pendingContext = null;
        try
        {
            if (context is null || ReferenceEquals(context, ExecutionContext.Capture()))
            {
                target.Write(text);
            }
            else
            {
                ExecutionContext.Run(context, _ => target.Write(text), null);
            }
        }
        catch (ObjectDisposedException)
        {
            // The command this text belongs to has ended (a cell still writing after it was interrupted): no one reads it.
        }
    }
}
