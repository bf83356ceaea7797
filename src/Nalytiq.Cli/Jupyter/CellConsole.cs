namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// Puts the running cell's <see cref="CellOutputLimit"/> in front of the console capture the C# kernel sets up for each
/// command, for as long as the cell's command runs (<see cref="Enter"/> is called inside it, from a kernel middleware).
/// The kernel's capture keeps everything written until the command ends, so the limit has to stop text before it gets
/// there. One pair of writers serves every cell: a cell that was interrupted but keeps running writes through it under
/// whichever cell's limit is current, and never leaves a writer of its own behind.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "Lives as long as the kernel process: a cell that outlived its turn may still write through the writers, so they are never disposed.")]
internal sealed class CellConsole
{
    private readonly Lock _lock = new();
    private readonly ConsoleChunks _chunks;
    private readonly LimitedWriter _out;
    private readonly LimitedWriter _error;

    // What Console.Out and Console.Error return once ours are set (Console wraps them to synchronize writes).
    private TextWriter? _installedOut;
    private TextWriter? _installedError;
    private CellOutputLimit? _current;
    private int _depth;

    public CellConsole(TimeProvider clock)
    {
        _chunks = new ConsoleChunks(clock);
        _out = new LimitedWriter(_chunks);
        _error = new LimitedWriter(_chunks);
    }

    /// <summary>Limits the console to <paramref name="limit"/> until the returned scope ends; nested calls for one cell nest.</summary>
    public IDisposable Enter(CellOutputLimit limit)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(Console.Out, _installedOut))
            {
                _chunks.Flush();
                _out.Target = Console.Out;
                Console.SetOut(_out);
                _installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, _installedError))
            {
                _chunks.Flush();
                _error.Target = Console.Error;
                Console.SetError(_error);
                _installedError = Console.Error;
            }

            if (!ReferenceEquals(limit, _current))
            {
                _current = limit;
                _depth = 0;
                _chunks.Limit = limit;
            }

            _depth++;
            return new Scope(this, limit);
        }
    }

    private void Exit(CellOutputLimit limit)
    {
        lock (_lock)
        {
            // A cell that outlived its turn ends after later cells took over: the console is theirs now.
            if (!ReferenceEquals(limit, _current) || --_depth > 0)
            {
                return;
            }

            _current = null;
            _chunks.Limit = null;
            if (ReferenceEquals(Console.Out, _installedOut))
            {
                Console.SetOut(_out.Target);
            }

            if (ReferenceEquals(Console.Error, _installedError))
            {
                Console.SetError(_error.Target);
            }

            _installedOut = null;
            _installedError = null;
        }
    }

    private sealed class Scope(CellConsole console, CellOutputLimit limit) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                console.Exit(limit);
            }
        }
    }
}
