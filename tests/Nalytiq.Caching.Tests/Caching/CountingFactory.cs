namespace Nalytiq.Tests.Caching;

/// <summary>A factory that counts its runs and can be held until released.</summary>
public sealed class CountingFactory
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    public CountingFactory(bool held = false)
    {
        if (!held)
        {
            _release.SetResult();
        }
    }

    public int Runs => Volatile.Read(ref _runs);

    public void Release() => _release.TrySetResult();

    public async ValueTask<SampleProfile> ComputeAsync(CancellationToken cancellationToken)
    {
        var run = Interlocked.Increment(ref _runs);
        await _release.Task.WaitAsync(cancellationToken);
        return new SampleProfile("sales", 41.5 + run, [1, 4, 9, 16], new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }
}
