using Microsoft.DotNet.Interactive;

namespace Nalytiq.Extensions.Directives;

/// <summary>The cell's live output for one command, created on first use.</summary>
internal sealed class LiveSlot(KernelInvocationContext context, TimeProvider clock)
{
    private LiveDisplay? _display;

    public void Update(object view)
    {
        if (_display is null)
        {
            _display = LiveDisplay.Show(context, view);
        }
        else
        {
            _display.Update(view);
        }
    }

    /// <summary>
    /// Starts <paramref name="work"/> with a progress the live view reads, and awaits it while <paramref name="view"/>
    /// shows how far it got.
    /// </summary>
    public Task<TResult> FollowAsync<TProgress, TResult>(Func<IProgress<TProgress>, Task<TResult>> work, Func<LiveProgress<TProgress>, object> view)
    {
        var progress = new LiveProgress<TProgress>(clock);
        return WhileAsync(work(progress), () => view(progress));
    }

    /// <summary>
    /// Awaits <paramref name="work"/>; only when it outlasts one refresh interval does a progress view appear, so quick
    /// commands leave just their result (or just their error) in the cell.
    /// </summary>
    public async Task<T> WhileAsync<T>(Task<T> work, Func<object> view)
    {
        if (await LiveDisplay.EndsWithinIntervalAsync(work, clock).ConfigureAwait(false))
        {
            return await work.ConfigureAwait(false);
        }

        Update(view());
        return await _display!.WhileAsync(work, view, clock).ConfigureAwait(false);
    }

    public void Clear() => _display?.Clear();
}
