namespace Nalytiq.Training;

/// <summary>How much the primary metric drops on the held-out rows when one input column's values are shuffled.</summary>
/// <param name="Column">The input column (all features derived from it are shuffled together).</param>
/// <param name="Importance">Mean drop of the primary metric (larger is more important; near 0 or negative: unused).</param>
/// <param name="StandardDeviation">Standard deviation of the drop over the repetitions.</param>
public sealed record FeatureImportance(string Column, double Importance, double StandardDeviation);
