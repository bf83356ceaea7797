namespace Nalytiq.Training.Engine;

/// <summary>The tuning stage's candidates: a seeded sample of a small grid around each family's default.</summary>
internal static class SearchSpace
{
    private static readonly int[] LeafChoices = [8, 16, 31, 63];
    private static readonly int[] TreeChoices = [50, 100, 200, 400];
    private static readonly double[] RateChoices = [0.03, 0.05, 0.1, 0.2];
    private static readonly float[] L2Choices = [1e-4f, 1e-3f, 1e-2f, 0.1f, 1f, 10f];

    /// <summary>Up to <paramref name="count"/> configurations of the family other than <paramref name="tried"/>, in a seeded order.</summary>
    public static IReadOnlyList<TrainerConfig> Candidates(TrainerConfig tried, int count, int seed)
    {
        var all = new List<TrainerConfig>();
        if (tried.IsTree)
        {
            var rates = tried.Family == TrainerFamily.FastForest ? [0.0] : RateChoices;
            var minLeaves = new[] { tried.MinLeaf, Math.Max(1, tried.MinLeaf / 4) }.Distinct();
            all.AddRange(
                from leaves in LeafChoices
                from trees in TreeChoices
                from rate in rates
                from minLeaf in minLeaves
                select tried with { Leaves = leaves, Trees = trees, LearningRate = rate, MinLeaf = minLeaf });
        }
        else
        {
            all.AddRange(L2Choices.Select(l2 => tried with { L2 = l2 }));
        }

        all.RemoveAll(c => c == tried);
        var random = new Random(seed);
        var order = all.ToArray();
        random.Shuffle(order);
        return [.. order.Take(count)];
    }
}
