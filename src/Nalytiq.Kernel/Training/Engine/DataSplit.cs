namespace Nalytiq.Training.Engine;

/// <summary>Rows (positions in the prepared data) to fit on and to score on.</summary>
/// <param name="Fit">Rows the trainer sees.</param>
/// <param name="Score">Rows the metric is computed on.</param>
internal sealed record DataSplit(int[] Fit, int[] Score);
