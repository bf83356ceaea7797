using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Extensions.Variables;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Puts a value into the notebook's C# session under a name, so the next cell can use it.</summary>
internal static class VariableBinder
{
    public static async Task BindAsync(KernelInvocationContext context, string name, object value)
    {
        var kernel = CSharpKernelLookup.Find(context, name);
        if (kernel is CSharpKernel csharp)
        {
            await SetAsync(csharp, name, value).ConfigureAwait(false);
            return;
        }

        // A small formatted value: without one, SendValue serializes the whole frame to JSON.
        var result = await kernel.SendAsync(new SendValue(name, value, new FormattedValue(PlainTextFormatter.MimeType, name))).ConfigureAwait(false);
        if (result.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new NalytiqException(new LocalizedText("Bind_Failed", name, failed.Message));
        }
    }

    // Set directly rather than through a SendValue command: a command keeps its value for as long as its cell's
    // invocation context lives, which in the old host is the whole session (docs/host.md#memory-across-re-runs). Then
    // the value this one replaces is released, as after a cell.
    private static async Task SetAsync(CSharpKernel csharp, string name, object value)
    {
        try
        {
            await csharp.SetValueAsync(name, value, value.GetType()).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            throw new NalytiqException(new LocalizedText("Bind_Failed", name, e.Message), e);
        }

        ShadowedVariables.Release(csharp.ScriptState);
    }
}
