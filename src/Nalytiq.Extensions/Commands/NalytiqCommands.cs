using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Nalytiq.Extensions.Directives;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Commands;

/// <summary>The magic commands of one session, each described by its spec and handled by its own class.</summary>
internal static class NalytiqCommands
{
    /// <summary>Every command, in the order the help lists them.</summary>
    public static IReadOnlyList<DirectiveSpec> All { get; } =
    [
        HelpCommand.Spec, UploadCommand.Spec, AnalyzeCommand.Spec, ExportCommand.Spec, TrainCommand.Spec, PredictCommand.Spec,
        RunsCommand.Spec, JobsCommand.Spec, AskCommand.Spec, CacheCommand.Spec, LangCommand.Spec,
    ];

    public static void Register(Kernel root, Workbench workbench)
    {
        if (root.KernelInfo.SupportedDirectives.Any(d => d.Name == UploadCommand.Spec.Name))
        {
            return; // Registering a directive twice throws; loading twice must not.
        }

        var text = workbench.Text;
        Add<NalytiqHelpCommand>(root, text, HelpCommand.Spec, new HelpCommand(workbench).HandleAsync);
        Add<NalytiqUploadCommand>(root, text, UploadCommand.Spec, new UploadCommand(workbench).HandleAsync);
        Add<NalytiqAnalyzeCommand>(root, text, AnalyzeCommand.Spec, new AnalyzeCommand(workbench).HandleAsync);
        Add<NalytiqCacheCommand>(root, text, CacheCommand.Spec, new CacheCommand(workbench).HandleAsync);
        Add<NalytiqLangCommand>(root, text, LangCommand.Spec, new LangCommand(workbench).HandleAsync);
        Add<NalytiqTrainCommand>(root, text, TrainCommand.Spec, new TrainCommand(workbench).HandleAsync);
        Add<NalytiqPredictCommand>(root, text, PredictCommand.Spec, new PredictCommand(workbench).HandleAsync);
        Add<NalytiqRunsCommand>(root, text, RunsCommand.Spec, new RunsCommand(workbench).HandleAsync);
        Add<NalytiqJobsCommand>(root, text, JobsCommand.Spec, new JobsCommand(workbench).HandleAsync);
        Add<NalytiqAskCommand>(root, text, AskCommand.Spec, new AskCommand(workbench).HandleAsync);
        Add<NalytiqExportCommand>(root, text, ExportCommand.Spec, new ExportCommand(workbench).HandleAsync);
    }

    private static void Add<T>(Kernel root, Localizer text, DirectiveSpec spec, Func<T, KernelInvocationContext, Task> handler)
        where T : KernelDirectiveCommand =>
        root.AddDirective(spec.ToDirective(text), handler);
}
