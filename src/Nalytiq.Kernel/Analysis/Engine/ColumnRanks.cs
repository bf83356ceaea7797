namespace Nalytiq.Analysis.Engine;

/// <summary>What Spearman's coefficient can reuse from a numeric column's profile.</summary>
/// <param name="Complete">The ranks of every row, when every row holds a finite value.</param>
/// <param name="RangeMin">The smallest value of an integer column counted per value.</param>
/// <param name="RangeSize">How many values that column's counts span; 0 when it was not counted per value.</param>
internal sealed record ColumnRanks(RankSource? Complete, long RangeMin = 0, int RangeSize = 0)
{
    /// <summary>Whether ranks over any subset of rows can be counted per value instead of sorted.</summary>
    public bool Countable => RangeSize > 0;
}
