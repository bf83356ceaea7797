namespace Nalytiq.Assistant;

/// <summary>How the assistant finds providers and how patient it is with them. <see cref="FromEnvironment"/> gives the defaults.</summary>
public sealed record AssistantOptions
{
    /// <summary>Reads configuration by name (environment variables by default); tests pass their own.</summary>
    public Func<string, string?> Settings { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Where user secrets are looked up (<c>~/.microsoft/usersecrets/nalytiq/secrets.json</c>); null disables them.</summary>
    public string? UserSecretsFile { get; init; } = DefaultUserSecretsFile();

    /// <summary>The longest a provider may take to finish one answer, tool calls included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How long the Ollama probe may take; it runs on every automatic choice.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Retries after a 429 or 5xx answer, each after the server's <c>Retry-After</c> or an exponential backoff.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff; doubled on each retry.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait honoured from a <c>Retry-After</c> header; longer waits fall back to offline.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Requests per minute per provider for this user (<c>NALYTIQ_AI_RPM</c>).</summary>
    public int RequestsPerMinute { get; init; } = 20;

    /// <summary>Requests per minute per provider for the whole team, in shared cache mode (<c>NALYTIQ_AI_TEAM_RPM</c>).</summary>
    public int TeamRequestsPerMinute { get; init; } = 60;

    /// <summary>The tokens the model reads at most (prompt and history); the context shrinks to fit.</summary>
    public int ContextWindow { get; init; } = 32_000;

    /// <summary>Tokens kept free for the answer.</summary>
    public int MaxAnswerTokens { get; init; } = 1_500;

    /// <summary>Rows a tool may read in one call.</summary>
    public long ToolRowLimit { get; init; } = 5_000_000;

    /// <summary>The longest one tool call may run.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The user rate limits and the audit log are kept for (<c>NALYTIQ_USER</c>, else the OS user).</summary>
    public string User => Settings("NALYTIQ_USER") is { Length: > 0 } user ? user.Trim() : Environment.UserName;

    /// <summary>The team whose shared limit applies (<c>NALYTIQ_TEAM</c>, else <c>default</c>).</summary>
    public string Team => Settings("NALYTIQ_TEAM") is { Length: > 0 } team ? team.Trim() : "default";

    /// <summary>The defaults, with <c>NALYTIQ_AI_RPM</c>, <c>NALYTIQ_AI_TEAM_RPM</c> and <c>NALYTIQ_AI_TIMEOUT</c> (seconds) applied.</summary>
    public static AssistantOptions FromEnvironment()
    {
        var options = new AssistantOptions();
        return options with
        {
            RequestsPerMinute = PositiveInt(options.Settings("NALYTIQ_AI_RPM")) ?? options.RequestsPerMinute,
            TeamRequestsPerMinute = PositiveInt(options.Settings("NALYTIQ_AI_TEAM_RPM")) ?? options.TeamRequestsPerMinute,
            Timeout = PositiveInt(options.Settings("NALYTIQ_AI_TIMEOUT")) is { } seconds ? TimeSpan.FromSeconds(seconds) : options.Timeout,
            ContextWindow = PositiveInt(options.Settings("NALYTIQ_AI_CONTEXT")) ?? options.ContextWindow,
        };
    }

    private static int? PositiveInt(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static string? DefaultUserSecretsFile()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".microsoft", "usersecrets", "nalytiq", "secrets.json");
    }
}
