using Nalytiq.Ingestion;

namespace Nalytiq.Training;

/// <summary>
/// What prediction needs besides the ML.NET model: the task, the label, the classes in score order and the input
/// schema with its featurization. Saved as a JSON sidecar next to the model's <c>.zip</c>.
/// </summary>
/// <param name="Task">The resolved task.</param>
/// <param name="LabelColumn">The label's column name.</param>
/// <param name="LabelKind">The label column's type, used for the predicted-label column.</param>
/// <param name="Classes">Binary: negative then positive class; multiclass: classes in score order; regression: empty.</param>
/// <param name="Features">The input columns and how each is featurized.</param>
/// <param name="Trainer">The trainer family of the model.</param>
/// <param name="Parameters">Its hyper-parameters.</param>
/// <param name="MlNetVersion">The ML.NET version that trained it.</param>
public sealed record ModelInfo(
    TrainingTask Task,
    string LabelColumn,
    ColumnKind LabelKind,
    IReadOnlyList<string> Classes,
    IReadOnlyList<FeatureColumn> Features,
    TrainerFamily Trainer,
    IReadOnlyDictionary<string, string> Parameters,
    string MlNetVersion)
{
    /// <summary>The columns (name and type) a frame must have for prediction.</summary>
    public IReadOnlyList<(string Name, ColumnKind Kind)> InputSchema => [.. Features.Select(f => (f.Name, f.SourceKind))];
}
