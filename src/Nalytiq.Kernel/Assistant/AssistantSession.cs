using Microsoft.SemanticKernel.ChatCompletion;
using Nalytiq.Analysis;
using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>
/// One notebook session's assistant: history, keys entered in the session, the audit log and the rate gate. A question
/// goes: profiles (cached) → provider → context within the token budget → rate gate → streamed answer with tools →
/// audit; any provider failure becomes an offline answer with a note, never an error or a hung cell.
/// </summary>
internal sealed partial class AssistantSession(Workbench workbench, AssistantOptions options)
{
    private readonly ConversationHistory _history = new();
    private readonly AuditLog _audit = new(Path.Combine(workbench.Options.HomeDirectory, "assistant-audit.jsonl"));
    private readonly RateGate _rate = new(options, workbench.Cache, workbench.Options.TimeProvider);

    public SessionKeys Keys { get; } = new();

    public AssistantOptions Options => options;

    public string AuditPath => _audit.Path;

    public int HistoryTurns => _history.Count;

    private TimeProvider Clock => workbench.Options.TimeProvider;

    private Localizer Text => workbench.Text;

    public Task<ProviderReport> DetectAsync(CancellationToken cancellationToken) => new ProviderDetector(options, Keys).DetectAsync(cancellationToken);

    public void Reset() => _history.Clear();

    public async Task<ContextPreview> PreviewAsync(AskRequest request, CancellationToken cancellationToken)
    {
        var frames = await ProfileAsync(request.Frames, cancellationToken).ConfigureAwait(false);
        var (endpoint, _) = await new ProviderDetector(options, Keys).ResolveAsync(request.Provider, cancellationToken).ConfigureAwait(false);
        var prepared = Prepare(request, frames);
        var messages = prepared.History.Select(m => new KeyValuePair<string, string>(m.Role.Label, m.Content ?? string.Empty)).ToList();
        return new ContextPreview(endpoint?.Kind ?? ProviderKind.Offline, endpoint?.Model, prepared.Context, messages, prepared.Tokens);
    }

    private async Task<IReadOnlyList<ProfiledFrame>> ProfileAsync(IReadOnlyList<AskFrame> frames, CancellationToken cancellationToken)
    {
        var profiled = new List<ProfiledFrame>(frames.Count);
        foreach (var frame in frames)
        {
            var analysis = await workbench.AnalyzeAsync(frame.Name, frame.Frame, AnalyzeOptions.Default, null, cancellationToken).ConfigureAwait(false);
            profiled.Add(new ProfiledFrame(frame, analysis.Profile));
        }

        return profiled;
    }

    /// <summary>The question as sent and shown; a key pasted into it is masked, it has no business with a model.</summary>
    private string QuestionText(AskRequest request)
    {
        var question = Scrub(request.Question.Trim());
        if (request.Prompt is not { } prompt)
        {
            return question;
        }

        var text = Text["Ask_Prompt_" + prompt];
        return question.Length == 0 ? text : $"{text} {question}";
    }

    /// <summary>The messages to send: instructions and data, the history that fits, the question.</summary>
    private Prepared Prepare(AskRequest request, IReadOnlyList<ProfiledFrame> frames)
    {
        var question = QuestionText(request);
        var system = Text.Format("Ask_System_Prompt", request.Privacy.ToString().ToLowerInvariant());
        var fixedTokens = TokenCounter.Count(system) + TokenCounter.Count(question) + 64;

        // A tenth is kept spare: other models' tokenizers count a little differently from o200k_base.
        var available = (int)((options.ContextWindow - options.MaxAnswerTokens - fixedTokens) * 0.9);
        var (turns, droppedTurns) = _history.Within(Math.Max(0, available / 4));
        var historyTokens = turns.Sum(t => t.Tokens);
        var datasets = DataContextBuilder.Build(frames, request.Privacy, question);
        var context = ContextBudget.Fit(datasets, request.Privacy, Math.Max(0, available - historyTokens));
        if (droppedTurns > 0)
        {
            context = context with { Dropped = [.. context.Dropped, new LocalizedText("Ask_Dropped_History", droppedTurns)] };
        }

        var history = new ChatHistory(system + "\n\n" + context.Text);
        foreach (var turn in turns)
        {
            history.AddUserMessage(turn.Question);
            history.AddAssistantMessage(turn.Answer);
        }

        history.AddUserMessage(question);
        var tokens = history.Sum(m => TokenCounter.Count(m.Content ?? string.Empty));
        return new Prepared(question, context, history, tokens);
    }

    private sealed record Prepared(string Question, DataContext Context, ChatHistory History, int Tokens);
}
