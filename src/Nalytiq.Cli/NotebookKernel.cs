using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;
using Nalytiq.Extensions;

namespace Nalytiq.Cli;

/// <summary>
/// The in-process kernel a notebook runs in: C# with NuGet references, the usual helpers and Nalytiq loaded, as the
/// notebook host would have them after <c>#r "nuget: Nalytiq.Extensions"</c>.
/// </summary>
internal static class NotebookKernel
{
    public static CompositeKernel Create(WorkbenchOptions options)
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing()
            .UseWho();

        // The runner carries Nalytiq itself: notebook code sees the same assemblies a package reference would give.
        csharp.AddAssemblyReferences(
        [
            typeof(DataFrame).Assembly.Location,
            typeof(Workbench).Assembly.Location,
            typeof(Nalytiq.Charts.ChartSpec).Assembly.Location,
            typeof(NalytiqExtension).Assembly.Location,
        ]);

        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;

        // No one is there to answer prompts: say so instead of waiting forever.
        composite.RegisterCommandHandler<RequestInput>((request, context) =>
        {
            context.Fail(request, message: Localization.Localizer.For(options.Language).Format("Cli_NoInput", request.Prompt));
            return Task.CompletedTask;
        });
        composite.SetDefaultTargetKernelNameForCommand(typeof(RequestInput), composite.Name);

        NalytiqExtension.Load(composite, options);
        return composite;
    }
}
