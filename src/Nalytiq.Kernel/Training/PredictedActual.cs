namespace Nalytiq.Training;

/// <summary>A held-out row of a regression: its actual value and the model's prediction.</summary>
/// <param name="Actual">The label.</param>
/// <param name="Predicted">The prediction.</param>
public sealed record PredictedActual(double Actual, double Predicted);
