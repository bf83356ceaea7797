using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class CorrelationTests
{
    [Fact]
    public async Task Pearson_and_Spearman_match_the_reference_on_pairwise_complete_rows()
    {
        var rows = 2_000;
        var ints = SampleFrames.Ints(rows, 21);
        var doubles = SampleFrames.Doubles(rows, 22);
        var random = new Random(23);
        double?[] related = [.. ints.Select(v => v is null ? (double?)null : (v * 2) + random.Next(0, 15))];
        var frame = new DataFrame(
            new Int32DataFrameColumn("i", ints),
            new DoubleDataFrameColumn("d", doubles),
            new DoubleDataFrameColumn("r", related));

        var correlations = (await DataProfiler.ProfileAsync(frame)).Correlations;

        double?[][] columns = [[.. ints.Select(v => (double?)v)], doubles, related];
        correlations.Columns.ShouldBe(["i", "d", "r"]);
        for (var a = 0; a < 3; a++)
        {
            correlations.Pearson[a][a].ShouldBe(1);
            for (var b = a + 1; b < 3; b++)
            {
                var (x, y) = Reference.Complete(columns[a], columns[b]);
                correlations.Pearson[a][b]!.Value.ShouldBe(Reference.Pearson(x, y), 1e-10);
                correlations.Spearman[a][b]!.Value.ShouldBe(Reference.Spearman(x, y), 1e-10);
                correlations.Pearson[b][a].ShouldBe(correlations.Pearson[a][b]);
            }
        }

        correlations.TopPairs[0].First.ShouldBe("i");
        correlations.TopPairs[0].Second.ShouldBe("r");
        correlations.TopPairs.Select(p => Math.Abs(p.Pearson ?? 0)).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task Complete_columns_with_ties_use_average_ranks()
    {
        var rows = 3_000;
        var random = new Random(31);
        int[] x = [.. Enumerable.Range(0, rows).Select(_ => random.Next(0, 10))];
        long[] y = [.. x.Select(v => (long)((v * v) + random.Next(0, 30)))];
        var frame = new DataFrame(new Int32DataFrameColumn("x", x), new Int64DataFrameColumn("y", y));

        var correlations = (await DataProfiler.ProfileAsync(frame)).Correlations;

        var xs = x.Select(v => (double)v).ToList();
        var ys = y.Select(v => (double)v).ToList();
        correlations.Spearman[0][1]!.Value.ShouldBe(Reference.Spearman(xs, ys), 1e-10);
        correlations.Pearson[0][1]!.Value.ShouldBe(Reference.Pearson(xs, ys), 1e-10);
        correlations.TopPairs.ShouldHaveSingleItem().Observations.ShouldBe(rows);
    }

    [Fact]
    public async Task Integer_columns_with_missing_values_are_ranked_over_their_complete_rows()
    {
        var rows = 4_000;
        var random = new Random(35);
        int?[] x = [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.1 ? (int?)null : random.Next(-30, 30))];
        long?[] y = [.. x.Select(v => random.NextDouble() < 0.1 ? (long?)null : ((v ?? 0) * 3) + random.Next(0, 40))];
        int[] z = [.. Enumerable.Range(0, rows).Select(_ => random.Next(0, 12))];
        var frame = new DataFrame(new Int32DataFrameColumn("x", x), new Int64DataFrameColumn("y", y), new Int32DataFrameColumn("z", z));

        var correlations = (await DataProfiler.ProfileAsync(frame)).Correlations;

        double?[][] columns = [[.. x.Select(v => (double?)v)], [.. y.Select(v => (double?)v)], [.. z.Select(v => (double?)v)]];
        foreach (var (a, b) in new[] { (0, 1), (0, 2), (1, 2) })
        {
            var (xs, ys) = Reference.Complete(columns[a], columns[b]);
            correlations.Spearman[a][b]!.Value.ShouldBe(Reference.Spearman(xs, ys), 1e-10);
            correlations.Pearson[a][b]!.Value.ShouldBe(Reference.Pearson(xs, ys), 1e-10);
        }
    }

    [Fact]
    public async Task Complete_floating_point_columns_in_and_out_of_order_match_the_reference()
    {
        var rows = 3_000;
        var random = new Random(33);
        double[] ordered = [.. Enumerable.Range(0, rows).Select(i => Math.Floor(i / 3.0) * 0.5)];
        double[] noisy = [.. ordered.Select(v => Math.Round(Math.Sin(v) + (random.NextDouble() * 0.5), 1))];
        var frame = new DataFrame(new DoubleDataFrameColumn("ordered", ordered), new DoubleDataFrameColumn("noisy", noisy));

        var correlations = (await DataProfiler.ProfileAsync(frame)).Correlations;

        correlations.Pearson[0][1]!.Value.ShouldBe(Reference.Pearson(ordered, noisy), 1e-10);
        correlations.Spearman[0][1]!.Value.ShouldBe(Reference.Spearman(ordered, noisy), 1e-10);
    }

    [Fact]
    public async Task Integers_too_large_for_a_double_are_counted_exactly_and_correlate_without_failing()
    {
        const long Base = 1_000_000_000_000_000_000;
        long?[] big = [.. Enumerable.Range(0, 500).Select(i => i % 10 == 0 ? (long?)null : Base + (i % 37))];
        int[] small = [.. Enumerable.Range(0, 500).Select(i => i % 37)];
        var frame = new DataFrame(new Int64DataFrameColumn("big", big), new Int32DataFrameColumn("small", small));

        var profile = await DataProfiler.ProfileAsync(frame);

        // Correlations read values as doubles: around 10^18 they are 128 apart, so these collapse to one value.
        profile.Columns[0].Distinct.ShouldBe(37);
        profile.Columns[0].Numeric!.Min.ShouldBe(1e18);
        profile.Correlations.Spearman[0][1].ShouldBeNull();
    }

    [Fact]
    public async Task A_constant_column_has_no_coefficient()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("c", [5, 5, 5, 5]), new Int32DataFrameColumn("v", [1, 2, 3, 4]));

        var correlations = (await DataProfiler.ProfileAsync(frame)).Correlations;

        correlations.Pearson[0][0].ShouldBeNull();
        correlations.Pearson[0][1].ShouldBeNull();
        correlations.Spearman[0][1].ShouldBeNull();
        correlations.TopPairs.ShouldBeEmpty();
    }
}
