using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Typed, allocation-free access to one frame column for the profiler's frame-wide passes (duplicates, correlations,
/// groups). Each kind of storage gets its own subclass so hot loops run over spans, never over boxed values.
/// </summary>
internal abstract class ColumnSource(string name, ColumnKind kind, int length)
{
    /// <summary>Rows processed between cancellation checks in long loops.</summary>
    public const int Chunk = 1 << 16;

    public string Name { get; } = name;

    public ColumnKind Kind { get; } = kind;

    public int Length { get; } = length;

    public bool IsNumeric => Kind.IsNumeric();

    /// <summary>Mixes each row's value into <paramref name="hashes"/> (one per row).</summary>
    public abstract void HashInto(Span<uint> hashes);

    /// <summary>Whether two rows hold the same value; two missing values are equal.</summary>
    public abstract bool RowEquals(int a, int b);

    /// <summary>Adds one to <paramref name="perGroup"/>[ids[row]] for each missing row.</summary>
    public abstract void CountMissingByGroup(ReadOnlySpan<int> ids, Span<long> perGroup);

    /// <summary>Numbers each row's value (0, 1, ...) in order of first appearance into <paramref name="ids"/>; keys[id] is its text, null for missing.</summary>
    public abstract void GroupIds(Span<int> ids, List<string?> keys);

    /// <summary>Writes rows [start, start + dest.Length) as doubles, NaN where missing or not finite (numeric columns only).</summary>
    public virtual void ReadDoubles(int start, Span<double> dest) => throw new NotSupportedException();

    /// <summary>Estimated bytes of managed memory the column holds.</summary>
    public abstract long EstimateBytes(ColumnProfile profile);

    /// <summary>
    /// Mixes a value hash into a 32-bit row hash. Rows with equal hashes are compared value by value, so collisions
    /// (a few thousand among millions of rows) cost a comparison each, never a wrong count.
    /// </summary>
    public static uint Mix(uint rowHash, uint valueHash)
    {
        var h = (rowHash ^ valueHash) * 0x9E3779B1U;
        return h ^ (h >> 15);
    }
}
