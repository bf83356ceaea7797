using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Ingestion;

namespace Nalytiq.Extensions.Directives;

/// <summary>The magic commands of one session. Each handler: validate, call the workbench, display the result.</summary>
internal sealed class NalytiqDirectives(Workbench workbench)
{
    public static readonly DirectiveSpec Upload = new("#!upload", "Upload_Description",
    [
        new("--path", "Upload_Param_Path", "Hint_Path") { Implicit = true, Required = true, TypeHint = "file" },
        new("--name", "Upload_Param_Name", "Hint_Variable"),
        new("--format", "Upload_Param_Format", Choices: UploadCommandParser.Formats),
        new("--sheet", "Upload_Param_Sheet", "Hint_Sheet"),
        new("--delimiter", "Upload_Param_Delimiter", "Hint_Character"),
        new("--encoding", "Upload_Param_Encoding", "Hint_Encoding"),
        new("--header", "Upload_Param_Header", Choices: UploadCommandParser.HeaderModes),
        new("--comment", "Upload_Param_Comment", "Hint_Character"),
        new("--skip-rows", "Upload_Param_SkipRows", "Train_Hint_Count"),
        new("--strict", "Upload_Param_Strict") { Flag = true },
    ]);

    public static readonly DirectiveSpec Analyze = new("#!analyze", "Analyze_Description",
    [
        new("--variable", "Analyze_Param_Variable", "Hint_Variable") { Implicit = true, Required = true },
        new("--by", "Analyze_Param_By", "Hint_Column"),
        new("--time", "Analyze_Param_Time", "Hint_Column"),
        new("--every", "Analyze_Param_Every", Choices: AnalyzeCommandParser.Periods),
        new("--refresh", "Analyze_Param_Refresh") { Flag = true },
        new("--no-cache", "Analyze_Param_NoCache") { Flag = true },
        new("--name", "Analyze_Param_Name", "Hint_Variable"),
    ]);

    public static readonly DirectiveSpec Cache = new("#!cache", "Cache_Description",
    [
        new("--clear", "Cache_Param_Clear") { Flag = true },
    ]);

    public static readonly DirectiveSpec Lang = new("#!lang", "Lang_Description",
    [
        new("--language", "Lang_Param_Language", Choices: ["en", "fr", "rw"]) { Implicit = true },
    ]);

    public static readonly DirectiveSpec Help = new("#!nalytiq", "Help_Description", []);

    public static IReadOnlyList<DirectiveSpec> All { get; } = [Help, Upload, Analyze, ExportCommandParser.Spec, TrainingDirectives.Train, TrainingDirectives.Predict, TrackingDirectives.Runs, TrackingDirectives.Jobs, AskDirective.Spec, Cache, Lang];

    public void Register(Kernel root)
    {
        var text = workbench.Text;
        if (root.KernelInfo.SupportedDirectives.Any(d => d.Name == Upload.Name))
        {
            return; // Registering a directive twice throws; loading twice must not.
        }

        root.AddDirective<NalytiqHelpCommand>(Help.ToDirective(text), (_, context) => HelpAsync(context));
        root.AddDirective<NalytiqUploadCommand>(Upload.ToDirective(text), UploadAsync);
        root.AddDirective<NalytiqAnalyzeCommand>(Analyze.ToDirective(text), AnalyzeAsync);
        root.AddDirective<NalytiqCacheCommand>(Cache.ToDirective(text), CacheAsync);
        root.AddDirective<NalytiqLangCommand>(Lang.ToDirective(text), LangAsync);
        TrainingDirectives.Register(root, workbench);
        TrackingDirectives.Register(root, workbench);
        root.AddDirective<NalytiqAskCommand>(AskDirective.Spec.ToDirective(text), new AskDirective(workbench).HandleAsync);
        root.AddDirective<NalytiqExportCommand>(ExportCommandParser.Spec.ToDirective(text), new ExportHandler(workbench).HandleAsync);
    }

    private Task HelpAsync(KernelInvocationContext context)
    {
        JobNotifications.ShowPending(context, workbench);
        var options = workbench.Options;
        var help = new HelpView(Workbench.Version, options.HomeDirectory, options.WorkingDirectory, [.. All.Select(d => d.ToHelp(workbench.Text))]);
        KernelInvocationContextExtensions.Display(context, help, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        return Task.CompletedTask;
    }

    private Task UploadAsync(NalytiqUploadCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var options = UploadCommandParser.Parse(command);
            var path = command.Path ?? string.Empty;
            var clock = workbench.Options.TimeProvider;
            var started = clock.GetTimestamp();
            var progress = new LatestProgress<IngestProgress>();
            UploadProgressView View() =>
                new(Path.GetFileName(path), progress.TryGetLatest(out var latest) ? latest : null, clock.GetElapsedTime(started));

            var dataset = await live.WhileAsync(
                workbench.UploadAsync(path, options, progress, context.CancellationToken), View, clock);
            await VariableBinder.BindAsync(context, dataset.Name, dataset.Frame);
            live.Update(dataset);
        });

    private Task AnalyzeAsync(NalytiqAnalyzeCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var options = AnalyzeCommandParser.Parse(command);
            var frame = await VariableReader.GetFrameAsync(context, command.Variable);
            var name = command.Variable!.Trim();
            var clock = workbench.Options.TimeProvider;
            var started = clock.GetTimestamp();
            var progress = new LatestProgress<Analysis.ProfileProgress>();
            AnalyzeProgressView View() =>
                new(name, progress.TryGetLatest(out var latest) ? latest : null, clock.GetElapsedTime(started));

            var result = await live.WhileAsync(
                workbench.AnalyzeAsync(name, frame, options, progress, context.CancellationToken), View, clock);
            if (!string.IsNullOrWhiteSpace(command.Name))
            {
                await VariableBinder.BindAsync(context, command.Name.Trim(), result.Profile);
            }

            live.Update(result);
        });

    private Task CacheAsync(NalytiqCacheCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var removed = command.Clear ? await workbench.Cache.ClearAsync(context.CancellationToken) : (long?)null;
            var statistics = await workbench.Cache.GetStatisticsAsync(context.CancellationToken);
            live.Update(new CacheView(statistics, removed));
        });

    private Task LangAsync(NalytiqLangCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            if (string.IsNullOrWhiteSpace(command.Language))
            {
                live.Update(new LanguageView(Changed: false, Warning: null));
                return;
            }

            var choice = await workbench.ChooseLanguageAsync(command.Language, context.CancellationToken);
            live.Update(new LanguageView(Changed: true, choice.Warning));
        });
}
