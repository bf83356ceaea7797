using System.Text;
using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// A cell's <c>stream</c> output, coalesced: what is written in quick succession leaves as one message at most every
/// <see cref="Interval"/>, rather than one message per write (a loop of <c>Console.Write</c> would otherwise send
/// thousands, and iopub drops messages past its high-water mark: the cell's idle status among them). Text goes out at
/// once when the other stream is written to, and <see cref="Flush"/> sends it before any other output, so the order
/// of outputs is kept.
/// </summary>
internal sealed class StreamBuffer : IDisposable
{
    /// <summary>The longest text waits before it is sent.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly Action<string, JsonObject> _publish;
    private readonly Lock _lock = new();
    private readonly StringBuilder _text = new();
    private readonly ITimer _timer;
    private string _name = "stdout";

    public StreamBuffer(Action<string, JsonObject> publish, TimeProvider clock)
    {
        _publish = publish;
        _timer = clock.CreateTimer(_ => FlushOnTimer(), null, Interval, Interval);
    }

    /// <summary>Adds text to the stream <paramref name="name"/> (<c>stdout</c> or <c>stderr</c>).</summary>
    public void Write(string name, string text)
    {
        lock (_lock)
        {
            if (name != _name)
            {
                FlushLocked();
                _name = name;
            }

            _text.Append(text);
        }
    }

    /// <summary>Sends what is waiting now.</summary>
    public void Flush()
    {
        lock (_lock)
        {
            FlushLocked();
        }
    }

    /// <summary>Stops the timer and sends what is left.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        Flush();
    }

    // A timer thread's boundary: an exception there would end the process.
    private void FlushOnTimer()
    {
        try
        {
            Flush();
        }
#pragma warning disable CA1031 // Output that cannot be sent (the kernel is stopping) is lost, never the kernel.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // Published under the lock: a flush from the timer cannot overtake one from the cell.
    private void FlushLocked()
    {
        if (_text.Length == 0)
        {
            return;
        }

        _publish("stream", new JsonObject { ["name"] = _name, ["text"] = _text.ToString() });
        _text.Clear();
    }
}
