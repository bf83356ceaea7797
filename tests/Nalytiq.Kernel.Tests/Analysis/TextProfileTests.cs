using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class TextProfileTests
{
    [Fact]
    public async Task Text_figures_match_the_reference_computation()
    {
        var values = SampleFrames.Strings(5_000, 7);
        var frame = new DataFrame(new StringDataFrameColumn("word", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        var present = values.OfType<string>().ToList();
        var text = column.Text.ShouldNotBeNull();
        column.Count.ShouldBe(present.Count);
        column.Missing.ShouldBe(values.Length - present.Count);
        column.Distinct.ShouldBe(present.Distinct().Count());
        text.MinLength.ShouldBe(present.Min(v => v.Length));
        text.MaxLength.ShouldBe(present.Max(v => v.Length));
        text.MeanLength!.Value.ShouldBe(present.Average(v => v.Length), 1e-12);
        var expectedTop = present.GroupBy(v => v)
            .Select(g => (g.Key, Count: (long)g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(10).ToList();
        text.TopValues.Select(v => (v.Value, v.Count)).ShouldBe(expectedTop);
        text.TopValues[0].Share.ShouldBe((double)expectedTop[0].Count / present.Count, 1e-15);
    }

    [Fact]
    public async Task Top_values_with_equal_counts_are_ordered_by_value()
    {
        var frame = new DataFrame(new StringDataFrameColumn("s", ["b", "a", "c", "B", "a", "b", "c", "B"]));

        var text = (await DataProfiler.ProfileAsync(frame)).Columns[0].Text!;

        text.TopValues.Select(v => v.Value).ShouldBe(["B", "a", "b", "c"]);
    }

    [Fact]
    public async Task A_column_of_ten_thousand_categories_is_counted_exactly()
    {
        var values = Enumerable.Range(0, 50_000).Select(i => $"category-{i % 10_000:D5}").ToArray();
        var frame = new DataFrame(new StringDataFrameColumn("category", values));

        var profile = await DataProfiler.ProfileAsync(frame);

        var column = profile.Columns[0];
        column.Distinct.ShouldBe(10_000);
        column.IsDistinctEstimate.ShouldBeFalse();
        column.Text!.TopValues.Count.ShouldBe(10);
        column.Text.TopValues.ShouldAllBe(v => v.Count == 5);
        column.Text.TopValues[0].Value.ShouldBe("category-00000");
        profile.Alerts.ShouldContain(a => a.Type == AlertType.HIGH_CARDINALITY);
    }

    [Fact]
    public async Task Beyond_the_exact_limit_distinct_values_are_a_close_estimate()
    {
        const int Distinct = 1_000_000;
        var values = Enumerable.Range(0, Distinct).Select(i => "id-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var frame = new DataFrame(new StringDataFrameColumn("id", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        column.IsDistinctEstimate.ShouldBeTrue();
        ((double)column.Distinct).ShouldBe(Distinct, Distinct * 0.03);
    }

    [Fact]
    public async Task Columns_of_other_types_are_profiled_as_text()
    {
        var frame = new DataFrame(new CharDataFrameColumn("c", ['x', 'y', 'x', null]));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        column.Kind.ShouldBe(Nalytiq.Ingestion.ColumnKind.String);
        column.Missing.ShouldBe(1);
        column.Text!.TopValues[0].ShouldBe(new ValueCount("x", 2, 2 / 3d));
    }
}
