using Microsoft.ML;

namespace Nalytiq.Training.Engine;

/// <summary>One validation split, featurized once and cached so every trial reads the same rows cheaply.</summary>
/// <param name="Rows">Which prepared rows are fitted and scored.</param>
/// <param name="Featurizer">The featurizer fitted on the fit rows.</param>
/// <param name="Fit">The featurized fit rows (label as a key for multiclass).</param>
/// <param name="Score">The featurized scoring rows.</param>
internal sealed record SplitData(DataSplit Rows, ITransformer Featurizer, IDataView Fit, IDataView Score);
