using System.Collections.Concurrent;

namespace Nalytiq.Assistant;

/// <summary>Keys entered in this session through a masked prompt: kept in memory only, never written anywhere.</summary>
internal sealed class SessionKeys
{
    private readonly ConcurrentDictionary<ProviderKind, Secret> _keys = new();

    public void Set(ProviderKind kind, string key)
    {
        if (Secret.From(key) is { } secret)
        {
            _keys[kind] = secret;
        }
    }

    public Secret? Get(ProviderKind kind) => _keys.TryGetValue(kind, out var key) ? key : null;

    /// <summary>Every key held, so outputs can be scrubbed of them.</summary>
    public IEnumerable<Secret> All => _keys.Values;
}
