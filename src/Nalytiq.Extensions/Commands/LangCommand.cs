using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!lang</c>: show the session's language, or switch every later output to another.</summary>
internal sealed class LangCommand(Workbench workbench)
{
    public static readonly DirectiveSpec Spec = new("#!lang", "Lang_Description",
    [
        new("--language", "Lang_Param_Language", Choices: ["en", "fr", "rw"]) { Implicit = true },
    ]);

    public Task HandleAsync(NalytiqLangCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            if (Blank(command.Language) is null)
            {
                live.Update(new LanguageView(Changed: false, Warning: null));
                return;
            }

            var choice = await workbench.ChooseLanguageAsync(command.Language!, context.CancellationToken);
            live.Update(new LanguageView(Changed: true, choice.Warning));
        });
}
