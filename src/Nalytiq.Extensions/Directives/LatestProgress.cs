namespace Nalytiq.Extensions.Directives;

/// <summary>Keeps only the most recent report; the display reads it at its own pace.</summary>
internal sealed class LatestProgress<T> : IProgress<T>
{
    private readonly Lock _gate = new();
    private T? _latest;
    private bool _hasValue;

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
