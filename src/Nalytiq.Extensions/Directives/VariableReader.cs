using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Reads a variable of the notebook's C# session by name.</summary>
internal static class VariableReader
{
    public static async Task<DataFrame> GetFrameAsync(KernelInvocationContext context, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new NalytiqException(new LocalizedText("Analyze_VariableRequired"));
        }

        var csharp = CSharpKernelLookup.Find(context, name);

        // Plain text keeps the request cheap: the value itself travels by reference in-process.
        var result = await csharp.SendAsync(new RequestValue(name.Trim(), PlainTextFormatter.MimeType)).ConfigureAwait(false);
        var value = result.Events.OfType<ValueProduced>().FirstOrDefault()?.Value;
        return value switch
        {
            DataFrame frame => frame,
            null => throw new NalytiqException(new LocalizedText("Analyze_VariableNotFound", name)),
            _ => throw new NalytiqException(new LocalizedText("Analyze_NotAFrame", name, value.GetType().Name)),
        };
    }
}
