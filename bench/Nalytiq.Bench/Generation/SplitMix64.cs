namespace Nalytiq.Bench.Generation;

/// <summary>
/// A tiny seeded generator whose sequence is fixed by its algorithm, not by a runtime version, so the same seed writes
/// the same bytes on every machine and every .NET release.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="bound"/>); the modulo bias is irrelevant for bounds this small.</summary>
    public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);
}
