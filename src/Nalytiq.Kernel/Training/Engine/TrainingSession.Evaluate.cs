using Microsoft.ML;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>Scoring the model on the held-out test rows, which an interrupt cuts short.</summary>
internal sealed partial class TrainingSession
{
    /// <summary>
    /// How long an interrupted run may by default still spend scoring the best model on the test rows. A few thousand
    /// rows take milliseconds; a large frame takes seconds, and the user asked to stop.
    /// </summary>
    public static readonly TimeSpan DefaultInterruptedEvaluationLimit = TimeSpan.FromSeconds(0.25);

    /// <summary>How long scoring the test rows may go on after an interrupt.</summary>
    public TimeSpan InterruptedEvaluationLimit { get; init; } = DefaultInterruptedEvaluationLimit;

    /// <summary>
    /// The held-out metrics and the predictions behind them; without either (and a note saying so) when the test rows
    /// were not all scored within <see cref="InterruptedEvaluationLimit"/> of an interrupt, before or during the scoring.
    /// </summary>
    private (ModelMetrics Metrics, Predictions? Predictions) Evaluate(ITransformer model)
    {
        using var stop = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        var limit = InterruptedEvaluationLimit;
        using var interrupted = _cancellation.Register(() =>
        {
            // A timer of zero still fires on another thread, after scoring may have begun: no time means stop now.
            if (limit <= TimeSpan.Zero)
            {
                stop.Cancel();
            }
            else
            {
                stop.CancelAfter(limit);
            }
        });
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
