using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nalytiq.Extensions.Directives;

/// <summary>
/// One output in the cell that long work keeps up to date. Updates only reach the cell while the handler runs on
/// its own async flow (docs/host.md#display-and-live-updates), so the work is awaited here and the view refreshed
/// between waits.
/// </summary>
internal sealed class LiveDisplay
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(400);
    private readonly DisplayedValue _displayed;

    private LiveDisplay(DisplayedValue displayed) => _displayed = displayed;

    public static LiveDisplay Show(KernelInvocationContext context, object view) =>
        new(KernelInvocationContextExtensions.Display(context, view, HtmlFormatter.MimeType, PlainTextFormatter.MimeType));

    /// <summary>Awaits <paramref name="work"/>, refreshing the display with <paramref name="view"/> until it ends.</summary>
    public async Task<T> WhileAsync<T>(Task<T> work, Func<object> view, TimeProvider clock)
    {
        while (!await EndsWithinIntervalAsync(work, clock).ConfigureAwait(false))
        {
            _displayed.Update(view());
        }

        return await work.ConfigureAwait(false);
    }

    /// <summary>
    /// Whether <paramref name="work"/> ends within one <see cref="Interval"/>. The wait is cancelled once it does: a
    /// pending timer keeps the execution context it started in, and with it the cell's events and the values they
    /// carry (docs/host.md#memory-across-re-runs).
    /// </summary>
    public static async Task<bool> EndsWithinIntervalAsync(Task work, TimeProvider clock)
    {
        using var pending = new CancellationTokenSource();
        var ended = await Task.WhenAny(work, Task.Delay(Interval, clock, pending.Token)).ConfigureAwait(false) == work;
        await pending.CancelAsync().ConfigureAwait(false);
        return ended;
    }

    public void Update(object view) => _displayed.Update(view);

    /// <summary>Clears the display, e.g. when the work failed and the error says it all.</summary>
    public void Clear() => _displayed.Update(new Microsoft.AspNetCore.Html.HtmlString(string.Empty));
}
