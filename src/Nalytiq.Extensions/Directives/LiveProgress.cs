namespace Nalytiq.Extensions.Directives;

/// <summary>
/// The progress of one command as its live view reads it: only the most recent report (the display reads it at its
/// own pace) and the time since the command started.
/// </summary>
internal sealed class LiveProgress<T>(TimeProvider clock) : IProgress<T>
{
    private readonly Lock _gate = new();
    private readonly long _started = clock.GetTimestamp();
    private T? _latest;
    private bool _hasValue;

    /// <summary>How long the command has been running.</summary>
    public TimeSpan Elapsed => clock.GetElapsedTime(_started);

    public bool TryGetLatest(out T? latest)
    {
        lock (_gate)
        {
            latest = _latest;
            return _hasValue;
        }
    }

    public void Report(T value)
    {
        lock (_gate)
        {
            _latest = value;
            _hasValue = true;
        }
    }
}
