namespace Nalytiq.Training.Engine;

/// <summary>
/// Metrics computed from predictions and the true labels, so degenerate splits (one class in a tiny validation set)
/// give an undefined value instead of an exception. Log-loss uses the natural logarithm, as scikit-learn does.
/// </summary>
internal static class MetricCalculator
{
    private const double Epsilon = 1e-15;

    /// <summary>The task's primary metric; NaN when it is undefined on these rows.</summary>
    public static double Primary(TrainingTask task, Predictions predictions, LabelData label, int[] rows) => task switch
    {
        TrainingTask.Binary => Auc(predictions.Values, [.. rows.Select(r => label.ClassIndex[r] == 1)]),
        TrainingTask.Multiclass => MacroAccuracy(predictions, label, rows),
        _ => RSquared(predictions.Values, [.. rows.Select(r => label.Values[r])]),
    };

    public static ModelMetrics All(TrainingTask task, Predictions predictions, LabelData label, int[] rows)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        ConfusionMatrix? confusion = null;
        if (task == TrainingTask.Regression)
        {
            var actual = rows.Select(r => label.Values[r]).ToArray();
            values[MetricNames.RSquared] = RSquared(predictions.Values, actual);
            values[MetricNames.Rmse] = Math.Sqrt(actual.Select((a, i) => Math.Pow(a - predictions.Values[i], 2)).DefaultIfEmpty(double.NaN).Average());
            values[MetricNames.Mae] = actual.Select((a, i) => Math.Abs(a - predictions.Values[i])).DefaultIfEmpty(double.NaN).Average();
        }
        else
        {
            var classes = label.Classes.Count;
            var counts = new long[classes, classes];
            var logLoss = 0.0;
            for (var i = 0; i < rows.Length; i++)
            {
                var truth = label.ClassIndex[rows[i]];
                counts[truth, predictions.PredictedClass(i)]++;
                var p = task == TrainingTask.Binary
                    ? (truth == 1 ? predictions.Values[i] : 1 - predictions.Values[i])
                    : predictions.Classes![i].ElementAtOrDefault(truth);
                logLoss -= Math.Log(Math.Clamp(p, Epsilon, 1));
            }

            confusion = new ConfusionMatrix(label.Classes, [.. Enumerable.Range(0, classes).Select(a => (IReadOnlyList<long>)[.. Enumerable.Range(0, classes).Select(p => counts[a, p])])]);
            var correct = Enumerable.Range(0, classes).Sum(c => counts[c, c]);
            values[MetricNames.LogLoss] = rows.Length == 0 ? double.NaN : logLoss / rows.Length;
            if (task == TrainingTask.Binary)
            {
                values[MetricNames.Auc] = Auc(predictions.Values, [.. rows.Select(r => label.ClassIndex[r] == 1)]);
                values[MetricNames.Accuracy] = (double)correct / rows.Length;
                var precision = (double)counts[1, 1] / (counts[1, 1] + counts[0, 1]);
                var recall = (double)counts[1, 1] / (counts[1, 1] + counts[1, 0]);
                values[MetricNames.F1] = counts[1, 1] == 0 ? 0 : 2 * precision * recall / (precision + recall);
            }
            else
            {
                values[MetricNames.MicroAccuracy] = (double)correct / rows.Length;
                values[MetricNames.MacroAccuracy] = MacroAccuracy(predictions, label, rows);
            }
        }

        return new ModelMetrics(task, values.Where(p => double.IsFinite(p.Value)).ToDictionary(), confusion, rows.Length);
    }

    /// <summary>Area under the ROC curve by ranks (ties count half); NaN with only one class.</summary>
    public static double Auc(float[] scores, bool[] positive)
    {
        var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        long positives = positive.Count(p => p);
        long negatives = positive.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                rankSum += positive[order[k]] ? rank : 0;
            }

            start = end + 1;
        }

        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>Mean recall over the classes present in the rows.</summary>
    private static double MacroAccuracy(Predictions predictions, LabelData label, int[] rows)
    {
        var perClass = rows.Select((r, i) => (Truth: label.ClassIndex[r], Hit: label.ClassIndex[r] == predictions.PredictedClass(i)))
            .GroupBy(x => x.Truth)
            .Select(g => g.Count(x => x.Hit) / (double)g.Count())
            .ToList();
        return perClass.Count == 0 ? double.NaN : perClass.Average();
    }

    private static double RSquared(float[] predicted, double[] actual)
    {
        if (actual.Length < 2)
        {
            return double.NaN;
        }

        var mean = actual.Average();
        var total = actual.Sum(a => (a - mean) * (a - mean));
        var residual = actual.Select((a, i) => (a - predicted[i]) * (a - predicted[i])).Sum();
        return total == 0 ? double.NaN : 1 - residual / total;
    }
}
