namespace Nalytiq.Extensions.Directives;

/// <summary>Keeps only the most recent report; the display reads it at its own pace.</summary>
internal sealed class LatestProgress<T> : IProgress<T>
    where T : struct
{
    private readonly Lock _gate = new();
    private T? _latest;

    public T? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    public void Report(T value)
    {
        lock (_gate)
        {
            _latest = value;
        }
    }
}
