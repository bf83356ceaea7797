using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class EdgeCaseTests
{
    [Fact]
    public async Task An_empty_frame_has_zero_figures_and_no_undefined_numbers()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("i", 0), new StringDataFrameColumn("s", 0), new DateTimeDataFrameColumn("d", 0));

        var profile = await DataProfiler.ProfileAsync(frame);

        profile.Overview.Rows.ShouldBe(0);
        profile.Overview.MissingCellsShare.ShouldBe(0);
        profile.Overview.DuplicateRows.ShouldBe(0);
        profile.Columns.ShouldAllBe(c => c.Count == 0 && c.Distinct == 0 && c.MissingShare == 0);
        profile.Columns[0].Numeric!.Mean.ShouldBeNull();
        profile.Columns[0].Numeric!.Histogram.ShouldBeEmpty();
        profile.Columns[1].Text!.TopValues.ShouldBeEmpty();
        profile.Columns[2].Date!.Min.ShouldBeNull();
    }

    [Fact]
    public async Task A_frame_without_columns_is_profiled()
    {
        var profile = await DataProfiler.ProfileAsync(new DataFrame());

        profile.Overview.Columns.ShouldBe(0);
        profile.Columns.ShouldBeEmpty();
    }

    [Fact]
    public async Task One_row_gives_its_value_for_every_quantile_and_no_spread()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [4.5]), new StringDataFrameColumn("s", ["only"]));

        var profile = await DataProfiler.ProfileAsync(frame);

        var numeric = profile.Columns[0].Numeric!;
        new[] { numeric.Min, numeric.Max, numeric.Mean, numeric.P5, numeric.P50, numeric.P95 }.ShouldAllBe(v => v == 4.5);
        numeric.StandardDeviation.ShouldBeNull();
        numeric.Skewness.ShouldBeNull();
        numeric.Histogram.ShouldHaveSingleItem().Count.ShouldBe(1);
        profile.Columns[1].Text!.TopValues.ShouldHaveSingleItem().Share.ShouldBe(1);
        profile.Overview.DuplicateRows.ShouldBe(0);
    }

    [Fact]
    public async Task An_all_missing_column_counts_every_row_as_missing()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("nan", Enumerable.Repeat(double.NaN, 10)),
            new Int32DataFrameColumn("null", Enumerable.Repeat<int?>(null, 10)),
            new StringDataFrameColumn("text", Enumerable.Repeat<string?>(null, 10)));

        var profile = await DataProfiler.ProfileAsync(frame);

        profile.Columns.ShouldAllBe(c => c.Missing == 10 && c.MissingShare == 1 && c.Count == 0 && c.Distinct == 0);
        profile.Columns[0].Numeric!.Min.ShouldBeNull();
        profile.Columns[2].Text!.MeanLength.ShouldBeNull();
        profile.Overview.DuplicateRows.ShouldBe(9);
        profile.Correlations.Pearson[0][1].ShouldBeNull();
        profile.Alerts.Count(a => a.Type == AlertType.EMPTY).ShouldBe(3);
    }

    [Fact]
    public async Task A_grouping_column_that_does_not_exist_is_reported()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("a", [1]));

        var error = await Should.ThrowAsync<ProfileException>(() => DataProfiler.ProfileAsync(frame, new ProfileOptions { GroupBy = "nope" }));

        error.Column.ShouldBe("nope");
        error.Message.ShouldContain("nope");
    }
}
