using Microsoft.DotNet.Interactive;
using Nalytiq.Assistant;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Turns the text options of <c>#!ask</c> into an <see cref="AskRequest"/>, reading the frames it names.</summary>
internal static class AskCommandParser
{
    public static readonly string[] Privacies = ["names", "schema", "stats", "samples"];
    public static readonly string[] Providers = ["auto", "gemini", "ollama", "openai", "offline"];
    public static readonly string[] Prompts = ["summary", "quality", "drivers", "next-steps"];

    public static async Task<AskRequest> ParseAsync(NalytiqAskCommand command, KernelInvocationContext context, Workbench workbench)
    {
        var privacy = Choice(command.Privacy, "--privacy", Privacies) ?? "stats";
        var provider = Choice(command.Provider, "--provider", Providers) ?? "auto";
        var prompt = Choice(command.Prompt, "--prompt", Prompts);
        var frames = new List<AskFrame>();
        if (string.IsNullOrWhiteSpace(command.Data))
        {
            frames.AddRange(workbench.Datasets.All.Select(d => new AskFrame(d.Name, d.Frame)));
        }
        else
        {
            foreach (var name in command.Data.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                frames.Add(new AskFrame(name, await VariableReader.GetFrameAsync(context, name).ConfigureAwait(false)));
            }
        }

        return new AskRequest
        {
            Question = command.Question?.Trim() ?? string.Empty,
            Frames = frames,
            Privacy = Enum.Parse<PrivacyLevel>(privacy, ignoreCase: true),
            Provider = provider == "auto" ? null : Enum.Parse<ProviderKind>(provider, ignoreCase: true),
            Prompt = prompt is null ? null : Enum.Parse<AskPrompt>(prompt.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true),
            Reset = command.Reset,
        };
    }

    /// <summary>Keeps a key typed in the session for the provider it names; the key itself is never shown.</summary>
    public static void StoreKey(NalytiqAskCommand command, Workbench workbench)
    {
        if (string.IsNullOrWhiteSpace(command.Key))
        {
            return;
        }

        var provider = Choice(command.Provider, "--provider", Providers);
        if (provider is null or "auto" or "offline")
        {
            throw new NalytiqException(new LocalizedText("Ask_KeyNeedsProvider"));
        }

        workbench.SetAssistantKey(Enum.Parse<ProviderKind>(provider, ignoreCase: true), command.Key);
    }

    private static string? Choice(string? value, string option, string[] choices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var choice = value.Trim().ToLowerInvariant();
        return choices.Contains(choice)
            ? choice
            : throw new NalytiqException(new LocalizedText("Option_InvalidChoice", option, value, string.Join(", ", choices)));
    }
}
