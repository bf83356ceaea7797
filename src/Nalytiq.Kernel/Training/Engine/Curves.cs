namespace Nalytiq.Training.Engine;

/// <summary>Chart data from held-out predictions: the ROC curve and a predicted-vs-actual sample.</summary>
internal static class Curves
{
    public const int MaxRocPoints = 200;
    public const int MaxScatterPoints = 1000;

    public static IReadOnlyList<RocPoint> Roc(float[] probabilities, bool[] positive)
    {
        long positives = positive.Count(p => p);
        long negatives = positive.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        var order = Enumerable.Range(0, probabilities.Length).OrderByDescending(i => probabilities[i]).ToArray();
        var points = new List<RocPoint> { new(0, 0, 1) };
        long tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (positive[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (k + 1 == order.Length || probabilities[order[k + 1]] != probabilities[order[k]])
            {
                points.Add(new((double)fp / negatives, (double)tp / positives, probabilities[order[k]]));
            }
        }

        if (points.Count <= MaxRocPoints)
        {
            return points;
        }

        var step = (points.Count - 1) / (double)(MaxRocPoints - 1);
        return [.. Enumerable.Range(0, MaxRocPoints).Select(i => points[(int)Math.Round(i * step)])];
    }

    public static IReadOnlyList<PredictedActual> Scatter(float[] predicted, double[] actual, int seed)
    {
        var rows = Enumerable.Range(0, actual.Length).ToArray();
        if (rows.Length > MaxScatterPoints)
        {
            new Random(seed).Shuffle(rows);
            rows = [.. rows.Take(MaxScatterPoints).Order()];
        }

        return [.. rows.Select(i => new PredictedActual(actual[i], predicted[i]))];
    }
}
