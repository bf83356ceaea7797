namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Pearson and Spearman coefficients over pairwise-complete rows. Columns without missing or infinite values bring
/// ranks computed during their profile, and their pairs stream in parallel; a pair involving another column is
/// re-ranked over its complete rows — counted per value for two integer columns, otherwise from a copy of the rows
/// (16 bytes a row, one pair at a time in a reused buffer).
/// </summary>
internal static partial class Correlations
{
    public static (CorrelationSummary Summary, IReadOnlyList<CorrelationPair> AllPairs) Compute(
        IReadOnlyList<ColumnSource> numeric,
        IReadOnlyList<ColumnProfile> profiles,
        IReadOnlyList<ColumnRanks?> ranks,
        ProfileOptions options,
        CancellationToken cancellationToken)
    {
        var p = numeric.Count;
        var pearson = Matrix(p);
        var spearman = Matrix(p);
        var pairs = new List<CorrelationPair>();
        var work = new List<(int I, int J)>();
        for (var i = 0; i < p; i++)
        {
            for (var j = i + 1; j < p; j++)
            {
                work.Add((i, j));
            }
        }

        var results = new (double? Pearson, double? Spearman, long Observations)[work.Count];
        var streamed = Enumerable.Range(0, work.Count).Where(k => IsStreamed(work[k])).ToArray();
        Parallel.ForEach(streamed, new ParallelOptions { CancellationToken = cancellationToken }, k => results[k] = Correlate(k));
        foreach (var k in Enumerable.Range(0, work.Count).Where(k => !IsStreamed(work[k])))
        {
            results[k] = Correlate(k);
        }

        bool IsStreamed((int I, int J) pair) => ranks[pair.I]?.Complete is not null && ranks[pair.J]?.Complete is not null;
        (double?, double?, long) Correlate(int k) =>
            Pair(numeric[work[k].I], numeric[work[k].J], ranks[work[k].I], ranks[work[k].J], cancellationToken);

        for (var i = 0; i < p; i++)
        {
            // A column correlates fully with itself unless it is constant, where the coefficient is undefined.
            var figures = profiles[i].Numeric;
            pearson[i][i] = spearman[i][i] = figures?.Min < figures?.Max ? 1 : null;
        }

        for (var k = 0; k < work.Count; k++)
        {
            var (i, j) = work[k];
            var r = results[k];
            pearson[i][j] = pearson[j][i] = r.Pearson;
            spearman[i][j] = spearman[j][i] = r.Spearman;
            pairs.Add(new CorrelationPair(numeric[i].Name, numeric[j].Name, r.Pearson, r.Spearman, r.Observations));
        }

        var top = pairs
            .Where(pair => pair.Pearson is not null || pair.Spearman is not null)
            .OrderByDescending(pair => Math.Abs(pair.Pearson ?? 0))
            .ThenByDescending(pair => Math.Abs(pair.Spearman ?? 0))
            .Take(Math.Max(0, options.TopCorrelationPairs))
            .ToArray();
        var summary = new CorrelationSummary(
            numeric.Select(c => c.Name).ToArray(),
            pearson.Select(row => (IReadOnlyList<double?>)row).ToArray(),
            spearman.Select(row => (IReadOnlyList<double?>)row).ToArray(),
            top);
        return (summary, pairs);
    }

    private static double?[][] Matrix(int p)
    {
        var matrix = new double?[p][];
        for (var i = 0; i < p; i++)
        {
            matrix[i] = new double?[p];
        }

        return matrix;
    }

    private static (double? Pearson, double? Spearman, long Observations) Pair(
        ColumnSource x, ColumnSource y, ColumnRanks? xRanks, ColumnRanks? yRanks, CancellationToken cancellationToken)
    {
        var n = x.Length;
        var chunk = Math.Min(ColumnSource.Chunk, n);
        var xs = new double[chunk];
        var ys = new double[chunk];
        var pearson = new CoMoments();
        CompletePairs.Stream(x, y, xs, ys, ref pearson, cancellationToken);

        var spearman = (xRanks?.Complete, yRanks?.Complete) is ({ } xComplete, { } yComplete)
            ? StreamedSpearman(xComplete, yComplete, xs, ys, n, cancellationToken)
            : xRanks is { Countable: true } && yRanks is { Countable: true }
                ? CountedSubsetSpearman(x, y, xRanks, yRanks, xs, ys, cancellationToken)
                : SubsetSpearman(x, y, xs, ys, pearson.Count, cancellationToken);
        return (pearson.Correlation, spearman, pearson.Count);
    }

    private static double? StreamedSpearman(
        RankSource xRanks, RankSource yRanks, double[] xs, double[] ys, int n, CancellationToken cancellationToken)
    {
        var ranks = new CoMoments();
        for (var start = 0; start < n; start += xs.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(xs.Length, n - start);
            xRanks.Read(start, xs.AsSpan(0, length));
            yRanks.Read(start, ys.AsSpan(0, length));
            for (var k = 0; k < length; k++)
            {
                ranks.Add(xs[k], ys[k]);
            }
        }

        return ranks.Correlation;
    }

    /// <summary>Copies the pairwise-complete rows (exactly <paramref name="complete"/> of them) and ranks them in place.</summary>
    private static double? SubsetSpearman(
        ColumnSource x, ColumnSource y, double[] xs, double[] ys, long complete, CancellationToken cancellationToken)
    {
        using var scratch = new Scratch(complete * 2 * sizeof(double));
        var xSubset = scratch.Span<double>(0, (int)complete);
        var ySubset = scratch.Span<double>(complete * sizeof(double), (int)complete);
        var copy = new SubsetCopy(xSubset, ySubset);
        CompletePairs.Stream(x, y, xs, ys, ref copy, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Ranking.Spearman(xSubset, ySubset);
    }

    /// <summary>Copies each pairwise-complete row into the next place of two spans.</summary>
    private ref struct SubsetCopy(Span<double> xs, Span<double> ys) : IPairSink
    {
        private readonly Span<double> _xs = xs;
        private readonly Span<double> _ys = ys;
        private int _count;

        public void Add(double x, double y)
        {
            _xs[_count] = x;
            _ys[_count] = y;
            _count++;
        }
    }
}
