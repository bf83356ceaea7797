namespace Nalytiq.Training;

/// <summary>Counts of held-out rows by actual class (rows) and predicted class (columns).</summary>
/// <param name="Classes">Class names, in the order of rows and columns.</param>
/// <param name="Counts">Counts[actual][predicted].</param>
public sealed record ConfusionMatrix(IReadOnlyList<string> Classes, IReadOnlyList<IReadOnlyList<long>> Counts);
