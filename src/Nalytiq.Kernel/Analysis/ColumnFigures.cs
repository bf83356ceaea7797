namespace Nalytiq.Analysis;

/// <summary>The figures a frame header shows for one column.</summary>
/// <param name="Length">Its number of values.</param>
/// <param name="Missing">How many are missing.</param>
/// <param name="Distinct">How many distinct values it has, missing ones (and NaN) aside.</param>
public sealed record ColumnFigures(long Length, long Missing, long Distinct)
{
    /// <summary>The share of missing values, 0 for an empty column.</summary>
    public double MissingRatio => Length == 0 ? 0 : (double)Missing / Length;
}
