using System.ClientModel;
using System.Net;
using Microsoft.SemanticKernel;
using Nalytiq.Localization;

namespace Nalytiq.Assistant;

internal sealed partial class AssistantSession
{
    private static readonly string[] KeyNames = ["GEMINI_API_KEY", "GOOGLE_API_KEY", "NALYTIQ_AI_KEY"];
    private static readonly TimeSpan LongestRateWait = TimeSpan.FromSeconds(5);

    public async Task<AssistantAnswer> AskAsync(AskRequest request, IProgress<AssistantAnswer>? progress, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        if (request.Reset)
        {
            _history.Clear();
        }

        if (request.Question.Trim().Length == 0 && request.Prompt is null)
        {
            return request.Reset
                ? new AssistantAnswer(string.Empty, Text["Ask_Reset_Done"], true, ProviderKind.Offline, null, request.Privacy, 0, 0, Clock.GetElapsedTime(started), [], [], [])
                : throw new AssistantException(new LocalizedText("Ask_QuestionRequired"));
        }

        var frames = await ProfileAsync(request.Frames, cancellationToken).ConfigureAwait(false);
        var (endpoint, unavailable) = await new ProviderDetector(options, Keys).ResolveAsync(request.Provider, cancellationToken).ConfigureAwait(false);
        if (endpoint is null)
        {
            var note = unavailable ?? (request.Provider is null ? new LocalizedText("Ask_Note_NoProvider") : null);
            return Offline(request, frames, started, note is null ? [] : [note], "offline", 0);
        }

        var prepared = Prepare(request, frames);
        var wait = await _rate.TryAcquireAsync(endpoint.Kind, cancellationToken).ConfigureAwait(false);
        if (wait is { } delay && delay <= LongestRateWait)
        {
            await Task.Delay(delay, Clock, cancellationToken).ConfigureAwait(false);
            wait = await _rate.TryAcquireAsync(endpoint.Kind, cancellationToken).ConfigureAwait(false);
        }

        if (wait is { } tooLong)
        {
            var note = new LocalizedText("Ask_Note_RateLimited", endpoint.Kind.ToString(), Text.Duration(tooLong));
            return Offline(request, frames, started, [.. prepared.Context.Dropped, note], "fallback", 0);
        }

        var tools = request.Privacy >= PrivacyLevel.Stats && frames.Count > 0 ? new FrameTools(frames, request.Privacy, options) : null;
        AssistantAnswer Partial(string text, bool complete, int prompt, int completion, IReadOnlyList<LocalizedText> notes) => new(
            prepared.Question, text, complete, endpoint.Kind, endpoint.Model, request.Privacy, prompt, completion,
            Clock.GetElapsedTime(started), prepared.Context.Datasets, tools?.Calls ?? [], notes);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        ChatOutcome outcome;
        try
        {
            outcome = await new ChatProvider(endpoint, options, Clock)
                .StreamAsync(prepared.History, tools, text => progress?.Report(Partial(text, false, 0, 0, prepared.Context.Dropped)), timeout.Token)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Failure(e, endpoint) is { } failure)
        {
            return Offline(request, frames, started, [.. prepared.Context.Dropped, failure], "fallback", 0, endpoint, tools);
        }

        var notes = outcome.Retries > 0 ? [.. prepared.Context.Dropped, new LocalizedText("Ask_Note_Retried", outcome.Retries)] : prepared.Context.Dropped;
        var promptTokens = outcome.PromptTokens > 0 ? outcome.PromptTokens : prepared.Tokens;
        var completionTokens = outcome.CompletionTokens > 0 ? outcome.CompletionTokens : TokenCounter.Count(outcome.Text);
        var answer = Partial(Scrub(outcome.Text), true, promptTokens, completionTokens, notes);
        _history.Add(prepared.Question, answer.Markdown);
        Audit(answer, "answered", outcome.Retries);
        return answer;
    }

    /// <summary>Why the provider failed, as a note; null only for what no fallback can help (out of memory).</summary>
    private LocalizedText? Failure(Exception e, ProviderEndpoint endpoint)
    {
        var provider = endpoint.Kind.ToString();
        var status = e switch
        {
            HttpOperationException { StatusCode: { } code } => (int?)code,
            ClientResultException { Status: > 0 } client => client.Status,
            _ => null,
        };
        return e switch
        {
            OperationCanceledException => new LocalizedText("Ask_Note_Timeout", provider, Text.Duration(options.Timeout)),
            _ when status is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => new LocalizedText("Ask_Note_Unauthorized", provider, status),
            _ when status is { } code => new LocalizedText("Ask_Note_ProviderStatus", provider, code),
            OutOfMemoryException => null,

            // Anything else the provider path throws (a malformed stream, a connector bug) is still the provider's
            // failure: the analyst gets an offline answer and the reason, not a stack trace.
            _ => new LocalizedText("Ask_Note_ProviderFailed", provider, Scrub(e.InnerException?.Message ?? e.Message)),
        };
    }

    private AssistantAnswer Offline(
        AskRequest request, IReadOnlyList<ProfiledFrame> frames, long started, IReadOnlyList<LocalizedText> notes, string outcome, int retries,
        ProviderEndpoint? failed = null, FrameTools? tools = null)
    {
        var (markdown, _) = OfflineAssistant.Answer(request.Question, request.Prompt, frames, Text);
        var answer = new AssistantAnswer(
            QuestionText(request), markdown, true, ProviderKind.Offline, null, request.Privacy, 0, 0, Clock.GetElapsedTime(started),
            [.. frames.Select(f => f.Name)], tools?.Calls ?? [], notes);
        Audit(answer, outcome, retries, failed);
        return answer;
    }

    private void Audit(AssistantAnswer answer, string outcome, int retries, ProviderEndpoint? failed = null) => _audit.Append(
        new AuditEntry(
            Clock.GetUtcNow(),
            options.User,
            (failed?.Kind ?? answer.Provider).ToString().ToLowerInvariant(),
            failed?.Model ?? answer.Model,
            answer.Privacy.ToString().ToLowerInvariant(),
            answer.PromptTokens,
            answer.CompletionTokens,
            answer.Datasets,
            [.. answer.Tools.Select(t => t.Name)],
            outcome,
            retries,
            (long)answer.Elapsed.TotalMilliseconds),
        Secrets());

    private IEnumerable<Secret> Secrets() => Keys.All.Concat(KeyNames
        .Select(name => Secret.From(options.Settings(name))).OfType<Secret>());

    private string Scrub(string text) => Secrets().Aggregate(text, (current, secret) => secret.Scrub(current));
}
