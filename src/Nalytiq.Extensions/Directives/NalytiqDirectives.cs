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
        new("--strict", "Upload_Param_Strict") { Flag = true },
    ]);

    public static readonly DirectiveSpec Help = new("#!nalytiq", "Help_Description", []);

    public static IReadOnlyList<DirectiveSpec> All { get; } = [Help, Upload];

    public void Register(Kernel root)
    {
        var text = workbench.Text;
        if (root.KernelInfo.SupportedDirectives.Any(d => d.Name == Upload.Name))
        {
            return; // Registering a directive twice throws; loading twice must not.
        }

        root.AddDirective<NalytiqHelpCommand>(Help.ToDirective(text), (_, context) => HelpAsync(context));
        root.AddDirective<NalytiqUploadCommand>(Upload.ToDirective(text), UploadAsync);
    }

    private Task HelpAsync(KernelInvocationContext context)
    {
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
            UploadProgressView View() => new(Path.GetFileName(path), progress.Latest, clock.GetElapsedTime(started));

            var dataset = await live.WhileAsync(
                workbench.UploadAsync(path, options, progress, context.CancellationToken), View, clock);
            await VariableBinder.BindAsync(context, dataset.Name, dataset.Frame);
            live.Update(dataset);
        });
}
