using Microsoft.ML;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>Scoring the model on the held-out test rows, which an interrupt cuts short.</summary>
internal sealed partial class TrainingSession
{
    /// <summary>
    /// How long an interrupted run may still spend scoring the best model on the test rows. A few thousand rows take
    /// milliseconds; a large frame takes seconds, and the user asked to stop.
    /// </summary>
    internal static readonly TimeSpan InterruptedEvaluationLimit = TimeSpan.FromSeconds(0.25);

    /// <summary>
    /// The held-out metrics and the predictions behind them; without either (and a note saying so) when the test rows
    /// were not all scored within <see cref="InterruptedEvaluationLimit"/> of an interrupt, before or during the scoring.
    /// </summary>
    private (ModelMetrics Metrics, Predictions? Predictions) Evaluate(ITransformer model)
    {
        using var stop = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        using var interrupted = _cancellation.Register(static state => ((CancellationTokenSource)state!).CancelAfter(InterruptedEvaluationLimit), stop);
        try
        {
            var predictions = Predictions.Read(model.Transform(Data.ToFrame(Holdout.Score)), Label.Task, stop.Token);
            return (MetricCalculator.All(Label.Task, predictions, Label, Holdout.Score), predictions);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            _cancelled = true;
            _notes.Add(new LocalizedText("Train_NoteNotEvaluated", Holdout.Score.Length));
            return (new ModelMetrics(Label.Task, new Dictionary<string, double>(StringComparer.Ordinal), null, 0), null);
        }
    }
}
