using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!cache</c>: where the result cache is and how it has served; <c>--clear</c> empties it first.</summary>
internal sealed class CacheCommand(Workbench workbench)
{
    public static readonly DirectiveSpec Spec = new("#!cache", "Cache_Description",
    [
        new("--clear", "Cache_Param_Clear") { Flag = true },
    ]);

    public Task HandleAsync(NalytiqCacheCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var report = command.Clear
                ? await workbench.ClearCacheAsync(context.CancellationToken)
                : await workbench.GetCacheReportAsync(context.CancellationToken);
            live.Update(new CacheView(report.Statistics, report.Removed));
        });
}
