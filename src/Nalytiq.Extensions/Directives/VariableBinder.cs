using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Puts a value into the notebook's C# session under a name, so the next cell can use it.</summary>
internal static class VariableBinder
{
    public static async Task BindAsync(KernelInvocationContext context, string name, object value)
    {
        var csharp = CSharpKernelLookup.Find(context, name);

        // A small formatted value: without one, SendValue serializes the whole frame to JSON.
        var result = await csharp.SendAsync(new SendValue(name, value, new FormattedValue(PlainTextFormatter.MimeType, name))).ConfigureAwait(false);
        if (result.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new NalytiqException(new LocalizedText("Bind_Failed", name, failed.Message));
        }
    }
}
