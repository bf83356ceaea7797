namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Ranks of an integer column looked up from its value counts: with c(v) values equal to v and b(v) values below it,
/// the average rank of v is b(v) + (c(v) + 1)/2.
/// </summary>
/// <param name="source">The column, read as doubles (exact for the integers counted).</param>
/// <param name="min">The smallest value, whose count is at index 0.</param>
/// <param name="cumulative">cumulative[k]: values ≤ min + k.</param>
internal sealed class TableRanks(ColumnSource source, long min, int[] cumulative) : RankSource
{
    public override void Read(int start, Span<double> dest)
    {
        source.ReadDoubles(start, dest);
        for (var i = 0; i < dest.Length; i++)
        {
            var k = (int)((long)dest[i] - min);
            var below = k > 0 ? cumulative[k - 1] : 0;
            dest[i] = below + ((cumulative[k] - below + 1) / 2.0);
        }
    }
}
