using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>The label resolved: task, classes and per-row targets for the rows that have a label.</summary>
/// <param name="Task">The resolved task.</param>
/// <param name="Reason">Why this task.</param>
/// <param name="Kind">The label column's type.</param>
/// <param name="Classes">Binary: negative, positive; multiclass: sorted classes; regression: empty.</param>
/// <param name="Rows">Frame rows whose label is present.</param>
/// <param name="ClassIndex">Per used row, the index of its class in <paramref name="Classes"/> (classification).</param>
/// <param name="Values">Per used row, the numeric target (regression).</param>
/// <param name="DroppedRows">Rows dropped for a missing label.</param>
internal sealed record LabelData(
    TrainingTask Task,
    LocalizedText Reason,
    ColumnKind Kind,
    IReadOnlyList<string> Classes,
    int[] Rows,
    int[] ClassIndex,
    double[] Values,
    int DroppedRows);
