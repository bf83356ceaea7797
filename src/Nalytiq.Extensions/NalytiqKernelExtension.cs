using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;

namespace Nalytiq.Extensions;

/// <summary>
/// Found by the notebook host in <c>interactive-extensions/dotnet</c> when a notebook references the package.
/// Loading must never throw: an exception here, or a type failing to load while this method is compiled, hangs the
/// cell in the real host (docs/host.md#loading-an-extension). So this method only calls into a separate one and
/// reports failures.
/// </summary>
public sealed class NalytiqKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        try
        {
            LoadCore(kernel);
        }
#pragma warning disable CA1031 // The host hangs on any exception escaping here: report every failure instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ReportLoadFailure(e);
        }

        return Task.CompletedTask;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadCore(Kernel kernel) => NalytiqExtension.Load(kernel);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportLoadFailure(Exception e)
    {
        var message = $"Nalytiq could not start: {e.GetType().Name}: {e.Message}";
        try
        {
            if (KernelInvocationContext.Current is { } context)
            {
                context.DisplayAs(message, "text/plain");
            }
            else
            {
                Console.Error.WriteLine(message);
            }
        }
#pragma warning disable CA1031 // Last resort: nothing may escape OnLoadAsync.
        catch
#pragma warning restore CA1031
        {
            Console.Error.WriteLine(message);
        }
    }
}
