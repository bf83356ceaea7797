using Nalytiq.Charts;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

internal static partial class TrainingRunFormatter
{
    /// <summary>How many columns the importance chart shows.</summary>
    private const int ImportanceColumns = 15;

    private static IEnumerable<ChartSpec> Charts(TrainingOutcome outcome, Localizer text)
    {
        if (outcome.Metrics.Confusion is { } confusion)
        {
            yield return new HeatmapChart(
                text["Train_ConfusionTitle"],
                confusion.Classes,
                confusion.Classes,
                [.. confusion.Counts.Select(row => (IReadOnlyList<double?>)[.. row.Select(count => (double?)count)])])
            {
                Counts = true,
                XTitle = text["Train_Predicted"],
                YTitle = text["Train_Actual"],
            };
        }

        if (outcome.Roc.Count > 1)
        {
            yield return new XYChart(text["Train_RocTitle"], text["Train_FalsePositiveRate"], text["Train_TruePositiveRate"],
            [
                new XYSeries(text["Train_Chance"], [0, 1], [0, 1], XYStyle.Lines) { Reference = true },
                new XYSeries(
                    text.Format("Train_RocModel", TrainingText.Value(outcome.Metrics.Values.GetValueOrDefault(MetricNames.Auc, double.NaN), text)),
                    [.. outcome.Roc.Select(p => p.FalsePositiveRate)],
                    [.. outcome.Roc.Select(p => (double?)p.TruePositiveRate)],
                    XYStyle.Lines),
            ])
            { SquareAxes = true };
        }

        if (outcome.PredictedVsActual.Count > 0)
        {
            var low = outcome.PredictedVsActual.Min(p => Math.Min(p.Actual, p.Predicted));
            var high = outcome.PredictedVsActual.Max(p => Math.Max(p.Actual, p.Predicted));
            yield return new XYChart(text["Train_PredictedVsActualTitle"], text["Train_Actual"], text["Train_Predicted"],
            [
                new XYSeries(text["Train_Perfect"], [low, high], [low, high], XYStyle.Lines) { Reference = true },
                new XYSeries(text["Train_TestRows"], [.. outcome.PredictedVsActual.Select(p => p.Actual)], [.. outcome.PredictedVsActual.Select(p => (double?)p.Predicted)], XYStyle.Markers),
            ])
            { SquareAxes = true };
        }

        if (outcome.FeatureImportance.Count > 0)
        {
            var top = outcome.FeatureImportance.Take(ImportanceColumns).ToArray();
            yield return new BarChart(
                text.Format("Train_ImportanceTitle", TrainingText.Metric(outcome.PrimaryMetric, text)),
                text["Card_Column"],
                text["Train_ImportanceAxis"],
                [.. top.Select(f => f.Column)],
                [.. top.Select(f => f.Importance)]);
        }

        if (TrainingText.TrialChart(outcome.Trials, text) is { } trials)
        {
            yield return trials;
        }
    }
}
