namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Ranks stored per row. Single precision is exact here: ranks are multiples of ½ below 2^23, which a float holds.
/// </summary>
internal sealed class ArrayRanks(float[] ranks) : RankSource
{
    /// <summary>The longest column whose ranks a float holds exactly.</summary>
    public const int MaxLength = 1 << 23;

    public override void Read(int start, Span<double> dest)
    {
        var source = ranks.AsSpan(start, dest.Length);
        for (var i = 0; i < dest.Length; i++)
        {
            dest[i] = source[i];
        }
    }
}
