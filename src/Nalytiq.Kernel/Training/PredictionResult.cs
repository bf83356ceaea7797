using Microsoft.Data.Analysis;

namespace Nalytiq.Training;

/// <summary>A frame scored by a recorded run's model.</summary>
/// <param name="Run">The run whose model made the predictions.</param>
/// <param name="Info">What the model predicts (task, label, classes).</param>
/// <param name="Frame">The input columns followed by the prediction columns.</param>
/// <param name="AddedColumns">The names of the prediction columns.</param>
/// <param name="Elapsed">Time to load the model (first use only) and score the frame.</param>
public sealed record PredictionResult(RunInfo Run, ModelInfo Info, DataFrame Frame, IReadOnlyList<string> AddedColumns, TimeSpan Elapsed);
