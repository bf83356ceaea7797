using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!nalytiq</c>: every command with its options, generated from the same specs as the directives.</summary>
internal sealed class HelpCommand(Workbench workbench)
{
    public static readonly DirectiveSpec Spec = new("#!nalytiq", "Help_Description", []);

    public Task HandleAsync(NalytiqHelpCommand command, KernelInvocationContext context)
    {
        JobNotifications.ShowPending(context, workbench);
        var options = workbench.Options;
        var help = new HelpView(Workbench.Version, options.HomeDirectory, options.WorkingDirectory, [.. NalytiqCommands.All.Select(d => d.ToHelp(workbench.Text))]);
        KernelInvocationContextExtensions.Display(context, help, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        return Task.CompletedTask;
    }
}
