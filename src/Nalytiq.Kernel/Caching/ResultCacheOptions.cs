namespace Nalytiq.Caching;

/// <summary>How a <see cref="ResultCache"/> is set up. <see cref="FromEnvironment"/> gives the notebook defaults.</summary>
public sealed record ResultCacheOptions
{
    /// <summary>Embedded (default) or shared server.</summary>
    public CacheMode Mode { get; init; } = CacheMode.Embedded;

    /// <summary>Where the embedded server keeps its checkpoints and append-only file (<c>.nalytiq/cache/</c>).</summary>
    public string DataDirectory { get; init; } = Path.Combine(Environment.CurrentDirectory, ".nalytiq", "cache");

    /// <summary>The shared server as <c>host:port</c> (shared mode only).</summary>
    public string? SharedEndpoint { get; init; }

    /// <summary>The shared server's password, if it requires one (shared mode only).</summary>
    public string? SharedPassword { get; init; }

    /// <summary>How long an entry lives in Garnet.</summary>
    public TimeSpan Expiration { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How long an entry stays in this process's memory.</summary>
    public TimeSpan LocalExpiration { get; init; } = TimeSpan.FromHours(4);

    /// <summary>
    /// The longest any Garnet call may take (connect, read, write) before the cache carries on in memory: short,
    /// because a notebook must never wait on its cache.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The same limit for the embedded server. It lives in this process, so a slow answer means a busy machine
    /// (a build, a training job) rather than a lost server: waiting longer keeps writes from being dropped.
    /// </summary>
    public TimeSpan EmbeddedTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>After a failed call, how long Garnet is left alone before it is tried again.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest entry stored, in bytes.</summary>
    public long MaximumEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The clock for computed-at timestamps and retry intervals.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>An embedded server persisted under <paramref name="dataDirectory"/>.</summary>
    public static ResultCacheOptions Embedded(string dataDirectory) =>
        new() { Mode = CacheMode.Embedded, DataDirectory = Path.GetFullPath(dataDirectory) };

    /// <summary>A shared server at <paramref name="endpoint"/> (<c>host:port</c>).</summary>
    public static ResultCacheOptions Shared(string endpoint, string? password = null) =>
        new() { Mode = CacheMode.Shared, SharedEndpoint = endpoint, SharedPassword = password };

    /// <summary>
    /// <c>NALYTIQ_GARNET=host:port</c> (and <c>NALYTIQ_GARNET_PASSWORD</c>) selects a shared server; otherwise an
    /// embedded one under <c>&lt;home&gt;/cache</c>.
    /// </summary>
    public static ResultCacheOptions FromEnvironment(string homeDirectory)
    {
        var shared = Environment.GetEnvironmentVariable("NALYTIQ_GARNET");
        return string.IsNullOrWhiteSpace(shared)
            ? Embedded(Path.Combine(homeDirectory, "cache"))
            : Shared(shared.Trim(), Environment.GetEnvironmentVariable("NALYTIQ_GARNET_PASSWORD"));
    }
}
