using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;

namespace Nalytiq.Extensions.Variables;

/// <summary>
/// Lets the value a re-run cell replaced be collected. The C# kernel's script state keeps every submission's
/// variables, the ones a later submission declared again included, so re-running <c>var big = …</c> or
/// <c>#!upload … --name big</c> would keep every earlier value alive (docs/host.md#memory-across-re-runs). After each
/// submission and each value bound in the C# kernel, <see cref="ShadowedVariables"/> releases the replaced ones.
/// </summary>
internal static class ReplacedValues
{
    /// <summary>Watches the C# kernel of <paramref name="root"/>'s session, when it has one this process runs.</summary>
    public static void Watch(Kernel root)
    {
        RxTimers.StartOutsideCells();

        // A host whose C# kernel runs elsewhere (a proxy) keeps its variables there: nothing to release here.
        if (root.FindKernelByName("csharp") is CSharpKernel csharp)
        {
            Watch(csharp);
        }
    }

    private static void Watch(CSharpKernel csharp) =>
        csharp.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context).ConfigureAwait(false);

            // The two commands that add a submission to the script state: a cell's code, and a value bound by name
            // (SendValue runs "T name = default;" and then sets it).
            if (command is SubmitCode or SendValue)
            {
                ShadowedVariables.Release(csharp.ScriptState);
            }
        });
}
