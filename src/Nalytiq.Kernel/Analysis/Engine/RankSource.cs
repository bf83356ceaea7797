namespace Nalytiq.Analysis.Engine;

/// <summary>
/// The average ranks of a numeric column with a finite value in every row, kept from its profile for Spearman's
/// coefficient so the column is not sorted twice.
/// </summary>
internal abstract class RankSource
{
    /// <summary>Writes the ranks (1-based, ties averaged) of rows [start, start + dest.Length).</summary>
    public abstract void Read(int start, Span<double> dest);
}
