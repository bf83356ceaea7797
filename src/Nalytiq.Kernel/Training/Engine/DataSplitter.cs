namespace Nalytiq.Training.Engine;

/// <summary>Seeded splits, stratified by class for classification so small classes appear on both sides.</summary>
internal static class DataSplitter
{
    /// <summary>Share of the training rows scored by the sweep when no folds are asked for.</summary>
    public const double ValidationFraction = 0.2;

    public static DataSplit HoldOut(int[] rows, LabelData label, double fraction, int seed)
    {
        var random = new Random(seed);
        var score = new List<int>();
        foreach (var group in Groups(rows, label))
        {
            var shuffled = Shuffle(group, random);
            var take = shuffled.Length < 2 ? 0 : Math.Clamp((int)Math.Round(shuffled.Length * fraction), 1, shuffled.Length - 1);
            score.AddRange(shuffled.Take(take));
        }

        var scoreSet = score.ToHashSet();
        return new DataSplit([.. rows.Where(r => !scoreSet.Contains(r))], [.. score.Order()]);
    }

    public static IReadOnlyList<DataSplit> Folds(int[] rows, LabelData label, int folds, int seed)
    {
        var random = new Random(seed);
        var fold = new Dictionary<int, int>();
        var next = 0;
        foreach (var group in Groups(rows, label))
        {
            foreach (var row in Shuffle(group, random))
            {
                fold[row] = next;
                next = (next + 1) % folds;
            }
        }

        return [.. Enumerable.Range(0, folds).Select(k => new DataSplit(
            [.. rows.Where(r => fold[r] != k)],
            [.. rows.Where(r => fold[r] == k)]))];
    }

    /// <summary>Rows by class for classification; one group for regression.</summary>
    private static IEnumerable<int[]> Groups(int[] rows, LabelData label) =>
        label.Task == TrainingTask.Regression
            ? [rows]
            : rows.GroupBy(r => label.ClassIndex[r]).OrderBy(g => g.Key).Select(g => g.ToArray());

    private static int[] Shuffle(int[] rows, Random random)
    {
        var copy = (int[])rows.Clone();
        random.Shuffle(copy);
        return copy;
    }
}
