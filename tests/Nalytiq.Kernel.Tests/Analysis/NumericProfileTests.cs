using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class NumericProfileTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Integer_figures_match_the_reference_computation(int seed)
    {
        var values = SampleFrames.Ints(5_000, seed);
        var frame = new DataFrame(new Int32DataFrameColumn("n", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        column.Kind.ShouldBe(ColumnKind.Int32);
        ShouldMatchReference(column, values.Select(v => (double?)v).ToArray());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Floating_point_figures_match_the_reference_computation(int seed)
    {
        var values = SampleFrames.Doubles(5_000, seed);
        var frame = new DataFrame(new DoubleDataFrameColumn("x", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        column.Kind.ShouldBe(ColumnKind.Double);
        ShouldMatchReference(column, values);
    }

    [Fact]
    public async Task Integers_over_a_wide_range_match_the_reference_computation()
    {
        var random = new Random(8);
        long[] pool = [.. Enumerable.Range(0, 500).Select(_ => random.NextInt64(-1_000_000_000_000, 1_000_000_000_000))];
        long?[] values = [.. Enumerable.Range(0, 4_000).Select(_ => random.NextDouble() < 0.1 ? (long?)null : pool[random.Next(pool.Length)])];
        values[7] = 0;
        var frame = new DataFrame(new Int64DataFrameColumn("wide", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        ShouldMatchReference(column, values.Select(v => (double?)v).ToArray(), tolerance: 1e-3);
    }

    [Fact]
    public async Task Values_already_in_order_match_the_reference_computation()
    {
        var random = new Random(9);
        double?[] values = [.. Enumerable.Range(0, 3_000).Select(i => (double?)Math.Round((i / 7.0) - 100 + (random.NextDouble() * 0.1), 1)).Order()];
        var frame = new DataFrame(new DoubleDataFrameColumn("ordered", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        ShouldMatchReference(column, values);
    }

    [Fact]
    public async Task Quantiles_interpolate_linearly_between_closest_ranks()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", [1, 2, 3, 4, 10]));

        var numeric = (await DataProfiler.ProfileAsync(frame)).Columns[0].Numeric!;

        numeric.P25.ShouldBe(2);
        numeric.P50.ShouldBe(3);
        numeric.P75.ShouldBe(4);
        numeric.P5!.Value.ShouldBe(1.2, 1e-12);
        numeric.P95!.Value.ShouldBe(8.8, 1e-12);
    }

    [Fact]
    public async Task Long_and_float_columns_are_profiled_as_numbers()
    {
        var frame = new DataFrame(
            new Int64DataFrameColumn("big", [5_000_000_000L, null, 7_000_000_000L]),
            new SingleDataFrameColumn("small", [1.5f, 2.5f, null]));

        var profile = await DataProfiler.ProfileAsync(frame);

        profile.Columns[0].Kind.ShouldBe(ColumnKind.Int64);
        profile.Columns[0].Numeric!.Mean.ShouldBe(6_000_000_000d);
        profile.Columns[1].Kind.ShouldBe(ColumnKind.Double);
        profile.Columns[1].Numeric!.Max.ShouldBe(2.5);
    }

    [Fact]
    public async Task Unsigned_values_beyond_the_long_range_are_profiled()
    {
        var frame = new DataFrame(new UInt64DataFrameColumn("u", [ulong.MaxValue, ulong.MaxValue - 1, ulong.MaxValue, null]));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        column.Kind.ShouldBe(ColumnKind.Int64);
        column.Distinct.ShouldBe(2);
        column.Numeric!.Max.ShouldBe((double)ulong.MaxValue);
        column.Numeric.Negatives.ShouldBe(0);
    }

    internal static void ShouldMatchReference(ColumnProfile column, IReadOnlyList<double?> values, double tolerance = 1e-9)
    {
        var present = values.Where(v => v is { } x && !double.IsNaN(x)).Select(v => v!.Value).ToList();
        var finite = present.Where(double.IsFinite).ToList();
        var numeric = column.Numeric.ShouldNotBeNull();

        column.Count.ShouldBe(present.Count);
        column.Missing.ShouldBe(values.Count - present.Count);
        column.MissingShare.ShouldBe((double)(values.Count - present.Count) / values.Count, 1e-15);
        column.Distinct.ShouldBe(present.Distinct().Count());
        column.IsDistinctEstimate.ShouldBeFalse();
        numeric.Min.ShouldBe(finite.Min());
        numeric.Max.ShouldBe(finite.Max());
        numeric.Mean!.Value.ShouldBe(finite.Average(), tolerance);
        numeric.StandardDeviation!.Value.ShouldBe(Reference.SampleStd(finite), tolerance);
        numeric.Skewness!.Value.ShouldBe(Reference.Skewness(finite), 1e-9);
        numeric.P5!.Value.ShouldBe(Reference.Quantile(finite, 0.05), 1e-12);
        numeric.P25!.Value.ShouldBe(Reference.Quantile(finite, 0.25), 1e-12);
        numeric.P50!.Value.ShouldBe(Reference.Quantile(finite, 0.50), 1e-12);
        numeric.P75!.Value.ShouldBe(Reference.Quantile(finite, 0.75), 1e-12);
        numeric.P95!.Value.ShouldBe(Reference.Quantile(finite, 0.95), 1e-12);
        numeric.Zeros.ShouldBe(present.Count(v => v == 0));
        numeric.Negatives.ShouldBe(present.Count(v => v < 0));
        numeric.Infinities.ShouldBe(present.Count(double.IsInfinity));
        numeric.Histogram.Count.ShouldBe(ProfileOptions.Default.HistogramBins);
        numeric.Histogram.Sum(b => b.Count).ShouldBe(finite.Count);
        numeric.Histogram.Select(b => b.Count).ShouldBe(Reference.HistogramCounts(finite, ProfileOptions.Default.HistogramBins));
        numeric.Histogram[0].Lower.ShouldBe(finite.Min());
        numeric.Histogram[^1].Upper.ShouldBe(finite.Max());
    }
}
