using Microsoft.DotNet.Interactive;
using Nalytiq.Assistant;
using Nalytiq.Extensions.Formatters;

namespace Nalytiq.Extensions.Directives;

/// <summary><c>#!ask</c>: parse, call the workbench, and let the answer stream into the cell.</summary>
internal sealed class AskDirective(Workbench workbench)
{
    public static readonly DirectiveSpec Spec = new("#!ask", "Ask_Description",
    [
        new("--question", "Ask_Param_Question", "Ask_Hint_Question") { Implicit = true },
        new("--data", "Ask_Param_Data", "Hint_Variable"),
        new("--privacy", "Ask_Param_Privacy", Choices: AskCommandParser.Privacies),
        new("--provider", "Ask_Param_Provider", Choices: AskCommandParser.Providers),
        new("--prompt", "Ask_Param_Prompt", Choices: AskCommandParser.Prompts),
        new("--show-context", "Ask_Param_ShowContext") { Flag = true },
        new("--reset", "Ask_Param_Reset") { Flag = true },
        new("--providers", "Ask_Param_Providers") { Flag = true },
        new("--key", "Ask_Param_Key", "Ask_Hint_Key") { TypeHint = "password" },
    ]);

    public Task HandleAsync(NalytiqAskCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            AskCommandParser.StoreKey(command, workbench);
            if (command.Providers)
            {
                live.Update(await workbench.DetectProvidersAsync(context.CancellationToken));
                return;
            }

            var request = await AskCommandParser.ParseAsync(command, context, workbench);
            if (command.ShowContext)
            {
                live.Update(await workbench.PreviewAskAsync(request, context.CancellationToken));
                return;
            }

            var clock = workbench.Options.TimeProvider;
            var started = clock.GetTimestamp();
            var progress = new LatestProgress<AssistantAnswer>();
            object View() => progress.TryGetLatest(out var partial) && partial is not null
                ? partial
                : new AskWaitingView(
                    request.Prompt is { } prompt && request.Question.Length == 0 ? workbench.Text["Ask_Prompt_" + prompt] : request.Question,
                    clock.GetElapsedTime(started));

            // The display is refreshed from the latest partial answer at its own pace: streaming never floods the cell.
            live.Update(await live.WhileAsync(workbench.AskAsync(request, progress, context.CancellationToken), View, clock));
        });
}
