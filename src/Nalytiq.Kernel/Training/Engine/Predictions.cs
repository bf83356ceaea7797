using Microsoft.ML;
using Microsoft.ML.Data;

namespace Nalytiq.Training.Engine;

/// <summary>A model's outputs on some rows: one value per row (binary probability or regression score) or class probabilities.</summary>
/// <param name="Values">Binary: probability of the positive class; regression: predicted value; multiclass: the top probability.</param>
/// <param name="Classes">Multiclass: probability per class (in class order) per row; otherwise null.</param>
/// <param name="RawScores">Binary: the uncalibrated score; otherwise null.</param>
internal sealed record Predictions(float[] Values, float[][]? Classes, float[]? RawScores)
{
    public int Count => Values.Length;

    /// <summary>The predicted class index per row (classification).</summary>
    public int PredictedClass(int row) => Classes is null
        ? (Values[row] > 0.5f ? 1 : 0)
        : ArgMax(Classes[row]);

    /// <summary>Rows scored between two looks at the token.</summary>
    private const int CancellationEveryRows = 1 << 12;

    /// <summary>Scores every row of <paramref name="scored"/>; <paramref name="cancellationToken"/> stops it between rows.</summary>
    public static Predictions Read(IDataView scored, TrainingTask task, CancellationToken cancellationToken = default)
    {
        switch (task)
        {
            case TrainingTask.Binary:
                return ReadBinary(scored, cancellationToken);
            case TrainingTask.Multiclass:
                var classes = Watched(scored.GetColumn<VBuffer<float>>("Score"), cancellationToken).Select(v => v.DenseValues().ToArray()).ToArray();
                return new([.. classes.Select(p => p.Length == 0 ? 0f : p.Max())], classes, null);
            default:
                return new([.. Watched(scored.GetColumn<float>("Score"), cancellationToken)], null, null);
        }
    }

    /// <summary>Probability and score in one pass: each pass runs the whole model again.</summary>
    private static Predictions ReadBinary(IDataView scored, CancellationToken cancellationToken)
    {
        var probabilityColumn = scored.Schema["Probability"];
        var scoreColumn = scored.Schema["Score"];
        var probabilities = new List<float>();
        var scores = new List<float>();
        using var cursor = scored.GetRowCursor([probabilityColumn, scoreColumn]);
        var probability = cursor.GetGetter<float>(probabilityColumn);
        var score = cursor.GetGetter<float>(scoreColumn);
        float p = 0, s = 0;
        while (cursor.MoveNext())
        {
            if (probabilities.Count % CancellationEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            probability(ref p);
            score(ref s);
            probabilities.Add(p);
            scores.Add(s);
        }

        return new([.. probabilities], null, [.. scores]);
    }

    private static IEnumerable<T> Watched<T>(IEnumerable<T> values, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var value in values)
        {
            if (count++ % CancellationEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return value;
        }
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
