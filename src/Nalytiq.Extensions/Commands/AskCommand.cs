using Microsoft.DotNet.Interactive;
using Nalytiq.Assistant;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!ask</c>: parse, call the workbench, and let the answer stream into the cell.</summary>
internal sealed class AskCommand(Workbench workbench)
{
    public static readonly string[] Privacies = ["names", "schema", "stats", "samples"];
    public static readonly string[] Providers = ["auto", "gemini", "ollama", "openai", "offline"];
    public static readonly string[] Prompts = ["summary", "quality", "drivers", "next-steps"];

    public static readonly DirectiveSpec Spec = new("#!ask", "Ask_Description",
    [
        new("--question", "Ask_Param_Question", "Ask_Hint_Question") { Implicit = true },
        new("--data", "Ask_Param_Data", "Hint_Variable"),
        new("--privacy", "Ask_Param_Privacy", Choices: Privacies),
        new("--provider", "Ask_Param_Provider", Choices: Providers),
        new("--prompt", "Ask_Param_Prompt", Choices: Prompts),
        new("--show-context", "Ask_Param_ShowContext") { Flag = true },
        new("--reset", "Ask_Param_Reset") { Flag = true },
        new("--providers", "Ask_Param_Providers") { Flag = true },
        new("--key", "Ask_Param_Key", "Ask_Hint_Key") { TypeHint = "password" },
    ]);

    public Task HandleAsync(NalytiqAskCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            workbench.StoreAssistantKey(Provider(command), command.Key);
            if (command.Providers)
            {
                live.Update(await workbench.DetectProvidersAsync(context.CancellationToken));
                return;
            }

            var request = await ParseRequestAsync(command, context);
            if (command.ShowContext)
            {
                live.Update(await workbench.PreviewAskAsync(request, context.CancellationToken));
                return;
            }

            // The display is refreshed from the latest partial answer at its own pace: streaming never floods the cell.
            var waiting = request.Prompt is { } prompt && request.Question.Length == 0 ? workbench.Text["Ask_Prompt_" + prompt] : request.Question;
            live.Update(await live.FollowAsync<AssistantAnswer, AssistantAnswer>(
                progress => workbench.AskAsync(request, progress, context.CancellationToken),
                progress => progress.TryGetLatest(out var partial) && partial is not null ? partial : new AskWaitingView(waiting, progress.Elapsed)));
        });

    private async Task<AskRequest> ParseRequestAsync(NalytiqAskCommand command, KernelInvocationContext context)
    {
        var privacy = Choice(command.Privacy, "--privacy", Privacies) ?? "stats";
        var provider = Provider(command);
        var prompt = Choice(command.Prompt, "--prompt", Prompts);
        var frames = new List<AskFrame>();
        foreach (var name in List(command.Data))
        {
            frames.Add(new AskFrame(name, await VariableReader.GetFrameAsync(context, name).ConfigureAwait(false)));
        }

        return new AskRequest
        {
            Question = command.Question?.Trim() ?? string.Empty,
            Frames = frames.Count > 0 ? frames : workbench.DefaultAskFrames(),
            Privacy = Enum.Parse<PrivacyLevel>(privacy, ignoreCase: true),
            Provider = provider,
            Prompt = prompt is null ? null : Enum.Parse<AskPrompt>(prompt.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true),
            Reset = command.Reset,
        };
    }

    /// <summary>The provider asked for; null for an automatic choice.</summary>
    private static ProviderKind? Provider(NalytiqAskCommand command) =>
        Choice(command.Provider, "--provider", Providers) is { } provider and not "auto" ? Enum.Parse<ProviderKind>(provider, ignoreCase: true) : null;
}
