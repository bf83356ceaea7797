using Nalytiq.Assistant;
using Nalytiq.Localization;

namespace Nalytiq;

public sealed partial class Workbench
{
    private readonly Lock _assistantGate = new();
    private AssistantSession? _assistant;

    /// <summary>The assistant's settings; by default from the environment (<see cref="AssistantOptions.FromEnvironment"/>).</summary>
    public AssistantOptions AssistantOptions => Assistant.Options;

    /// <summary>Where every assistant request is recorded (<c>.nalytiq/assistant-audit.jsonl</c>).</summary>
    public string AssistantAuditPath => Assistant.AuditPath;

    private AssistantSession Assistant
    {
        get
        {
            lock (_assistantGate)
            {
                return _assistant ??= new AssistantSession(this, AssistantOptions.FromEnvironment());
            }
        }
    }

    /// <summary>Sets up the assistant with explicit options (tests, hosts with their own configuration); clears its history.</summary>
    public void ConfigureAssistant(AssistantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lock (_assistantGate)
        {
            _assistant = new AssistantSession(this, options);
        }
    }

    /// <summary>
    /// Answers a question about the given frames: from a provider when one is configured (streaming partial answers to
    /// <paramref name="progress"/>), else, or when it fails, offline from the profiles. Never throws for a provider
    /// failure; the answer's notes say what happened.
    /// </summary>
    /// <exception cref="AssistantException">There is neither a question nor a prompt.</exception>
    public Task<AssistantAnswer> AskAsync(AskRequest request, IProgress<AssistantAnswer>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Assistant.AskAsync(request, progress, cancellationToken);
    }

    /// <summary>Exactly what <see cref="AskAsync"/> would send for <paramref name="request"/>; sends nothing.</summary>
    public Task<ContextPreview> PreviewAskAsync(AskRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Assistant.PreviewAsync(request, cancellationToken);
    }

    /// <summary>Which providers are configured or reachable now, and which one an automatic choice takes.</summary>
    public Task<ProviderReport> DetectProvidersAsync(CancellationToken cancellationToken = default) => Assistant.DetectAsync(cancellationToken);

    /// <summary>Keeps a key entered through a masked prompt for this session only (memory, never written).</summary>
    public void SetAssistantKey(ProviderKind provider, string key) => Assistant.Keys.Set(provider, key);

    /// <summary>
    /// Keeps a key typed in the session for the provider it names (nothing happens without a key); the key is never
    /// shown or written.
    /// </summary>
    /// <exception cref="AssistantException">A key is given without a provider that takes one.</exception>
    public void StoreAssistantKey(ProviderKind? provider, string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        if (provider is not { } kind || kind == ProviderKind.Offline)
        {
            throw new AssistantException(new LocalizedText("Ask_KeyNeedsProvider"));
        }

        SetAssistantKey(kind, key);
    }

    /// <summary>The frames a question is about when it names none: every dataset uploaded in this session.</summary>
    public IReadOnlyList<AskFrame> DefaultAskFrames() => [.. Datasets.All.Select(d => new AskFrame(d.Name, d.Frame))];

    /// <summary>Forgets the conversation so far.</summary>
    public void ResetConversation() => Assistant.Reset();
}
