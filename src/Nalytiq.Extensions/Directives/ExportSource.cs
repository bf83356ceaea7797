using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Analysis;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>What <c>#!export</c> can write, read from a notebook variable: a table or a profile.</summary>
internal sealed record ExportSource(string Name, DataFrame? Frame, DataProfile? Profile)
{
    public static async Task<ExportSource> ReadAsync(KernelInvocationContext context, string name)
    {
        name = name.Trim();
        var csharp = CSharpKernelLookup.Find(context, name);

        // Plain text keeps the request cheap: the value itself travels by reference in-process.
        var result = await csharp.SendAsync(new RequestValue(name, PlainTextFormatter.MimeType)).ConfigureAwait(false);
        return result.Events.OfType<ValueProduced>().FirstOrDefault()?.Value switch
        {
            DataFrame frame => new(name, frame, null),
            Dataset dataset => new(name, dataset.Frame, null),
            DataProfile profile => new(name, null, profile),
            AnalysisResult analysis => new(analysis.Name, null, analysis.Profile),
            null => throw new NalytiqException(new LocalizedText("Analyze_VariableNotFound", name)),
            var other => throw new NalytiqException(new LocalizedText("Export_NotExportable", name, other.GetType().Name)),
        };
    }
}
