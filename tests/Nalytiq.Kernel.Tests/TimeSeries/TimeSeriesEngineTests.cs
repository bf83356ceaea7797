using Nalytiq.TimeSeries;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.TimeSeries;

public class TimeSeriesEngineTests
{
    public static TheoryData<ResamplePeriod> Periods => [ResamplePeriod.Day, ResamplePeriod.Week, ResamplePeriod.Month];

    [Theory]
    [MemberData(nameof(Periods))]
    public void Counts_and_means_per_period_equal_a_plain_linq_grouping(ResamplePeriod period)
    {
        var input = GeneratedSeries.Create(rows: 5_000, seed: 17);

        var result = new Workbench(new WorkbenchOptions()).TimeSeries.Resample(input, period);

        var periods = ReferenceResample.AllPeriods(input, period);
        var counts = ReferenceResample.Counts(input, period);
        result.Period.ShouldBe(period);
        result.PeriodStarts.ShouldBe(periods);
        result.Counts.ShouldBe(periods.Select(p => counts.GetValueOrDefault(p)));
        result.MissingTimestamps.ShouldBe(input.Timestamps.Count(t => t is null));
        result.Columns.Select(c => c.Name).ShouldBe(["price", "kg", "empty"]);
        for (var c = 0; c < input.Columns.Count; c++)
        {
            var values = ReferenceResample.Values(input, c, period);
            var column = result.Columns[c];
            column.ValueCounts.ShouldBe(periods.Select(p => values.TryGetValue(p, out var v) ? v.Length : 0));
            column.Means.ShouldBe(periods.Select(p => values.TryGetValue(p, out var v) && v.Length > 0 ? v.Average() : (double?)null));
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void The_data_covers_empty_periods_and_an_all_missing_column(ResamplePeriod period)
    {
        var input = GeneratedSeries.Create(rows: 5_000, seed: 17);

        var result = TimeSeriesRuntime.Shared.Resample(input, period);

        // The generator's three-week hole must show up as empty periods for the comparison above to mean something.
        if (period != ResamplePeriod.Month)
        {
            result.Counts.ShouldContain(0);
        }

        result.Counts.ShouldContain(n => n > 1);
        result.Columns[2].Means.ShouldAllBe(m => m == null);
        result.Columns[2].Trend.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void The_trend_is_the_least_squares_line_through_the_period_means(ResamplePeriod period)
    {
        var input = GeneratedSeries.Create(rows: 5_000, seed: 23);

        var result = TimeSeriesRuntime.Shared.Resample(input, period);

        foreach (var column in result.Columns.Take(2))
        {
            var expected = ReferenceResample.Trend(column.Means).ShouldNotBeNull();
            var trend = column.Trend.ShouldNotBeNull();
            trend.Slope.ShouldBe(expected.Slope, Math.Abs(expected.Slope) * 1e-9);
            trend.Intercept.ShouldBe(expected.Intercept, Math.Abs(expected.Intercept) * 1e-9);
        }
    }

    [Fact]
    public void Weeks_start_on_monday_and_months_on_the_first()
    {
        DateTime?[] timestamps =
        [
            new DateTime(2025, 1, 5, 23, 59, 0), // Sunday: the ISO week that began on Monday 30 December 2024
            new DateTime(2025, 1, 6, 0, 0, 0), // Monday: a new week
            new DateTime(2025, 1, 31, 18, 0, 0),
            new DateTime(2025, 3, 1, 6, 0, 0), // February stays empty
        ];
        var input = new TimeSeriesInput(timestamps, [new TimeSeriesColumn("x", [1, 2, 3, 4])]);

        var weeks = TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Week);
        var months = TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Month);

        weeks.PeriodStarts[0].ShouldBe(new DateTime(2024, 12, 30));
        weeks.PeriodStarts[1].ShouldBe(new DateTime(2025, 1, 6));
        weeks.Counts.Take(2).ShouldBe([1, 1]);
        weeks.PeriodStarts.ShouldAllBe(start => start.DayOfWeek == DayOfWeek.Monday);
        months.PeriodStarts.ShouldBe([new DateTime(2025, 1, 1), new DateTime(2025, 2, 1), new DateTime(2025, 3, 1)]);
        months.Counts.ShouldBe([3, 0, 1]);
        months.Columns[0].Means.ShouldBe([2.0, null, 4.0]);
        months.Columns[0].Trend.ShouldBe(new TimeSeriesTrend(1, 2));
    }

    [Fact]
    public void Rows_without_timestamps_are_left_out_and_counted()
    {
        var input = new TimeSeriesInput([null, null], [new TimeSeriesColumn("x", [1, 2])]);

        var result = TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Day);

        result.PeriodStarts.ShouldBeEmpty();
        result.Counts.ShouldBeEmpty();
        result.MissingTimestamps.ShouldBe(2);
        result.Columns.Single().Means.ShouldBeEmpty();
    }

    [Fact]
    public void Period_starts_keep_the_kind_of_the_timestamps()
    {
        var input = new TimeSeriesInput([new DateTime(2025, 5, 14, 9, 0, 0, DateTimeKind.Utc)], []);

        var result = TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Month);

        result.PeriodStarts.Single().Kind.ShouldBe(DateTimeKind.Utc);
        result.Counts.ShouldBe([1]);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void The_last_period_of_the_calendar_is_resampled(ResamplePeriod period)
    {
        var input = new TimeSeriesInput([new DateTime(9999, 12, 31, 23, 0, 0), new DateTime(9999, 12, 29)], [new TimeSeriesColumn("x", [1, 3])]);

        var result = TimeSeriesRuntime.Shared.Resample(input, period);

        result.Counts.Sum().ShouldBe(2);
        result.PeriodStarts[^1].ShouldBe(ReferenceResample.PeriodStart(new DateTime(9999, 12, 31), period));
        result.Columns[0].Means[^1].ShouldNotBeNull();
    }

    [Fact]
    public void A_cancelled_request_stops_before_computing()
    {
        var input = GeneratedSeries.Create(rows: 100, seed: 1);

        Should.Throw<OperationCanceledException>(() => TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Day, new CancellationToken(canceled: true)));
    }
}
