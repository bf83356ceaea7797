using System.ComponentModel;

namespace Nalytiq.Caching;

/// <summary>
/// What the hybrid cache holds: the value plus when it was computed. Marked immutable so the memory layer keeps this
/// very instance (no copy per hit); that is how <see cref="ResultCache"/> tells memory hits from fresh values.
/// </summary>
[ImmutableObject(true)]
internal sealed class CacheEntry<T>(T value, DateTimeOffset computedAt, CacheSource origin)
{
    public T Value { get; } = value;

    public DateTimeOffset ComputedAt { get; } = computedAt;

    /// <summary>How this instance came to be: computed, or read back from Garnet.</summary>
    public CacheSource Origin { get; } = origin;

    /// <summary>When this instance came to be, on <see cref="CacheSequence"/>: requests started later got it from memory.</summary>
    public long Sequence { get; } = CacheSequence.Next();
}
