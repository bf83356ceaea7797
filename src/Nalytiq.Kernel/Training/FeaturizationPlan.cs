using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>How the frame was turned into a training set: the features kept and every decision worth telling.</summary>
/// <param name="Features">The feature columns in frame order.</param>
/// <param name="DroppedColumns">Columns left out (ID-like, constant, empty, excluded), each explained in <paramref name="Notes"/>.</param>
/// <param name="Notes">Sentences for the analyst: dropped columns and rows, encodings chosen.</param>
/// <param name="RowsUsed">Rows with a label, used for training and testing.</param>
/// <param name="RowsDropped">Rows dropped because their label is missing.</param>
public sealed record FeaturizationPlan(
    IReadOnlyList<FeatureColumn> Features,
    IReadOnlyList<string> DroppedColumns,
    IReadOnlyList<LocalizedText> Notes,
    int RowsUsed,
    int RowsDropped);
