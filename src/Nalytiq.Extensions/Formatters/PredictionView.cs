using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The result of <c>#!predict</c>.</summary>
/// <param name="Prediction">The scored frame and the run whose model scored it.</param>
/// <param name="Source">The input frame's variable name.</param>
/// <param name="Target">The variable the scored frame is bound to.</param>
internal sealed record PredictionView(PredictionResult Prediction, string Source, string Target);
