namespace Nalytiq.Analysis;

/// <summary>
/// One histogram bin: values v with <paramref name="Lower"/> ≤ v &lt; <paramref name="Upper"/>; the last bin also holds
/// its upper edge (the maximum).
/// </summary>
/// <param name="Lower">The lower edge, min + i·(max − min)/bins.</param>
/// <param name="Upper">The upper edge.</param>
/// <param name="Count">Values in the bin.</param>
public sealed record HistogramBin(double Lower, double Upper, long Count);
