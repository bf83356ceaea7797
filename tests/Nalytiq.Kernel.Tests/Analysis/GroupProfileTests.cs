using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class GroupProfileTests
{
    [Fact]
    public async Task Each_group_gets_its_count_missing_cells_and_numeric_means()
    {
        var rows = 3_000;
        var words = SampleFrames.Strings(rows, 51);
        var ints = SampleFrames.Ints(rows, 52);
        var doubles = SampleFrames.Doubles(rows, 53);
        var frame = new DataFrame(
            new StringDataFrameColumn("word", words), new Int32DataFrameColumn("n", ints), new DoubleDataFrameColumn("x", doubles));

        var groups = (await DataProfiler.ProfileAsync(frame, new ProfileOptions { GroupBy = "word" })).Groups.ShouldNotBeNull();

        groups.Column.ShouldBe("word");
        groups.NumericColumns.ShouldBe(["n", "x"]);
        groups.TotalGroups.ShouldBe(words.Distinct().Count());
        groups.Groups.Select(g => g.Count).ShouldBeInOrder(SortDirection.Descending);
        foreach (var group in groups.Groups)
        {
            var rowsInGroup = Enumerable.Range(0, rows).Where(i => words[i] == group.Key).ToList();
            group.Count.ShouldBe(rowsInGroup.Count);
            group.MissingCells.ShouldBe(rowsInGroup.Count(i => ints[i] is null) + rowsInGroup.Count(i => doubles[i] is not { } d || double.IsNaN(d)));
            group.Means[0]!.Value.ShouldBe(rowsInGroup.Where(i => ints[i] is not null).Average(i => (double)ints[i]!.Value), 1e-9);
            group.Means[1]!.Value.ShouldBe(rowsInGroup.Select(i => doubles[i]).Where(d => d is { } v && double.IsFinite(v)).Average(d => d!.Value), 1e-9);
        }
    }

    [Fact]
    public async Task Only_the_largest_groups_are_kept()
    {
        var keys = Enumerable.Range(0, 1_000).Select(i => (i % 80) < 40 ? i % 40 : i % 80).ToArray();
        var frame = new DataFrame(new Int32DataFrameColumn("k", keys));

        var groups = (await DataProfiler.ProfileAsync(frame, new ProfileOptions { GroupBy = "k", MaxGroups = 5 })).Groups!;

        groups.TotalGroups.ShouldBe(80);
        groups.Groups.Select(g => g.Key).ShouldBe(["0", "1", "10", "11", "12"]);
        groups.NumericColumns.ShouldBeEmpty();
    }
}
