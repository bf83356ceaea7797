using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class DateAndBooleanProfileTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Date_figures_match_the_reference_computation(bool inOrder)
    {
        var values = SampleFrames.Dates(3_000, 11);
        if (inOrder)
        {
            // Same dates and gaps, in order, missing values left where they were.
            var ordered = new Queue<DateTime>(values.OfType<DateTime>().Order());
            values = [.. values.Select(v => v is null ? null : (DateTime?)ordered.Dequeue())];
        }

        var frame = new DataFrame(new DateTimeDataFrameColumn("day", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        var present = values.OfType<DateTime>().ToList();
        var distinct = present.Distinct().Order().ToList();
        var gaps = distinct.Zip(distinct.Skip(1), (a, b) => (Start: a, Gap: b - a)).ToList();
        var largest = gaps.OrderByDescending(g => g.Gap).ThenBy(g => g.Start).First();
        var date = column.Date.ShouldNotBeNull();
        column.Count.ShouldBe(present.Count);
        column.Missing.ShouldBe(values.Length - present.Count);
        column.Distinct.ShouldBe(distinct.Count);
        date.Min.ShouldBe(present.Min());
        date.Max.ShouldBe(present.Max());
        date.Granularity.ShouldBe(DateGranularity.Day);
        date.LargestGap.ShouldBe(largest.Gap);
        date.LargestGapStart.ShouldBe(largest.Start);
    }

    [Theory]
    [InlineData(0, 0, 15, DateGranularity.Minute)]
    [InlineData(0, 1, 0, DateGranularity.Hour)]
    [InlineData(7, 0, 0, DateGranularity.Week)]
    [InlineData(31, 0, 0, DateGranularity.Month)]
    public async Task The_most_common_step_gives_the_granularity(int days, int hours, int minutes, DateGranularity expected)
    {
        var step = new TimeSpan(days, hours, minutes, 0);
        var values = Enumerable.Range(0, 30).Select(i => (DateTime?)new DateTime(2020, 1, 1).Add(step * i)).ToArray();
        values[10] = values[10]!.Value.Add(step * 0.5);
        var frame = new DataFrame(new DateTimeDataFrameColumn("t", values));

        var date = (await DataProfiler.ProfileAsync(frame)).Columns[0].Date!;

        date.Granularity.ShouldBe(expected);
    }

    [Fact]
    public void Every_granularity_has_a_label_in_every_language()
    {
        foreach (var granularity in Enum.GetValues<DateGranularity>())
        {
            foreach (var localizer in new[] { Nalytiq.Localization.Localizer.English, Nalytiq.Localization.Localizer.French, Nalytiq.Localization.Localizer.Kinyarwanda })
            {
                localizer[$"Profile_Granularity_{granularity}"].ShouldNotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public async Task Boolean_shares_count_present_values_only()
    {
        var values = SampleFrames.Booleans(2_000, 13);
        var frame = new DataFrame(new BooleanDataFrameColumn("flag", values));

        var column = (await DataProfiler.ProfileAsync(frame)).Columns[0];

        var present = values.OfType<bool>().ToList();
        var flags = column.Boolean.ShouldNotBeNull();
        column.Missing.ShouldBe(values.Length - present.Count);
        flags.TrueCount.ShouldBe(present.Count(v => v));
        flags.FalseCount.ShouldBe(present.Count(v => !v));
        flags.TrueShare.ShouldBe((double)present.Count(v => v) / present.Count, 1e-15);
        (flags.TrueShare + flags.FalseShare).ShouldBe(1, 1e-15);
        column.Distinct.ShouldBe(2);
    }
}
