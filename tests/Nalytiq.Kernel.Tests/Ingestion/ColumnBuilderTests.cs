using Nalytiq.Ingestion;
using Nalytiq.Ingestion.Columns;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class ColumnBuilderTests
{
    [Fact]
    public void An_int32_column_widens_to_int64_then_double_keeping_earlier_values_and_nulls()
    {
        var builder = ColumnBuilder.Create(ColumnKind.Int32, DateStyle.Iso, 4);

        ColumnBuilder.Append(ref builder, "1");
        ColumnBuilder.Append(ref builder, "NA");
        ColumnBuilder.Append(ref builder, "9000000000");
        builder.Kind.ShouldBe(ColumnKind.Int64);
        ColumnBuilder.Append(ref builder, "0.5");

        builder.Kind.ShouldBe(ColumnKind.Double);
        var column = builder.Build("x");
        column.Length.ShouldBe(4);
        column.NullCount.ShouldBe(1);
        column[0].ShouldBe(1.0);
        column[1].ShouldBeNull();
        column[2].ShouldBe(9_000_000_000.0);
        column[3].ShouldBe(0.5);
    }

    [Theory]
    [InlineData("13:05:00", 13, 5, 0, 0L)]
    [InlineData("00:00:01.5", 0, 0, 1, 5_000_000L)]
    [InlineData("30:15:00", 30, 15, 0, 0L)]
    [InlineData("23:59:59.9999999", 23, 59, 59, 9_999_999L)]
    public void A_time_text_reads_to_the_tick_and_formats_back_the_same(string text, int hours, int minutes, int seconds, long fractionTicks)
    {
        TimeText.TryParse(text, out var value).ShouldBeTrue();

        value.ShouldBe(new TimeSpan(hours, minutes, seconds) + TimeSpan.FromTicks(fractionTicks));
        TimeText.Format(value).ShouldBe(text);
    }

    [Theory]
    [InlineData("3:1")]
    [InlineData("13:05")]
    [InlineData("12:60:00")]
    [InlineData("12:00:60")]
    [InlineData("1:2:3")]
    [InlineData("12:00:00.")]
    [InlineData("12:00:00.12345678")]
    [InlineData("2024-03-01 12:00:00")]
    [InlineData("999999999:59:59")]
    public void Text_that_is_not_a_time_with_seconds_is_not_a_time(string text) =>
        TimeText.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void A_negative_duration_and_the_extremes_round_trip()
    {
        foreach (var value in new[] { TimeSpan.FromHours(-1.5), TimeSpan.MaxValue, TimeSpan.MinValue + TimeSpan.FromTicks(1), TimeSpan.Zero })
        {
            TimeText.TryParse(TimeText.Format(value), out var back).ShouldBeTrue();
            back.ShouldBe(value);
        }

        TimeText.Format(TimeSpan.FromHours(-1.5)).ShouldBe("-01:30:00");
    }

    [Theory]
    [InlineData(ColumnKind.Time, "12:00:00")]
    [InlineData(ColumnKind.Boolean, "true")]
    [InlineData(ColumnKind.DateTime, "2024-01-01")]
    [InlineData(ColumnKind.Double, "1.5")]
    public void A_typed_column_meeting_text_asks_for_a_text_pass(ColumnKind kind, string first)
    {
        var builder = ColumnBuilder.Create(kind, DateStyle.Iso, 4);
        ColumnBuilder.Append(ref builder, first);

        ColumnBuilder.Append(ref builder, "not a value of that kind");

        builder.NeedsTextPass.ShouldBeTrue();
        builder.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("NULL")]
    [InlineData("NaN")]
    public void Missing_tokens_are_recognised(string token) => MissingValues.IsMissing(token).ShouldBeTrue();

    [Theory]
    [InlineData("0")]
    [InlineData("NAN!")]
    [InlineData("None")]
    public void Other_cells_are_not_missing(string token) => MissingValues.IsMissing(token).ShouldBeFalse();
}
